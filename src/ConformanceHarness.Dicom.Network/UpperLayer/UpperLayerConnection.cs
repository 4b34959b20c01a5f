using System.Threading.Channels;

using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.UpperLayer;

/// <summary>
/// One DICOM upper layer connection driven by the state machine of PS3.8 §9.2: every PDU received, primitive
/// requested, transport change and ARTIM expiry is an event looked up in <see cref="UpperLayerStateTable"/>, and the
/// action it names is carried out. Protocol errors therefore end in the standard A-ABORT, and a silent peer in the
/// ARTIM or idle timer, never in a hang. Indications reach the service user through <see cref="Indications"/>.
/// </summary>
public sealed partial class UpperLayerConnection : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Channel<UpperLayerIndication> _indications =
        Channel.CreateBounded<UpperLayerIndication>(new BoundedChannelOptions(16) { SingleReader = true });
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<CancellationToken, Task<Stream>>? _connect;
    private Stream? _stream;
    private CancellationTokenSource? _artim;
    private Exception? _connectError;

    private UpperLayerConnection(bool isRequestor, UpperLayerOptions options, Func<CancellationToken, Task<Stream>>? connect, Stream? stream)
    {
        IsRequestor = isRequestor;
        Options = options;
        _connect = connect;
        _stream = stream;
    }

    public bool IsRequestor { get; }

    public UpperLayerOptions Options { get; }

    public UpperLayerState State { get; private set; } = UpperLayerState.Sta1;

    /// <summary>Indications and confirmations for the service user, in the order they happened; completes in Sta1.</summary>
    public ChannelReader<UpperLayerIndication> Indications => _indications.Reader;

    /// <summary>Completes once the connection is back in Sta1 (released, rejected, aborted or closed).</summary>
    public Task Completion => _completion.Task;

    /// <summary>Called after every transition, on the thread that caused it; for evidence and tests.</summary>
    public Action<UpperLayerTransition>? Transitioned { get; init; }

    /// <summary>The maximum length the peer receives (set from its A-ASSOCIATE maximum length sub-item); 0 = unlimited.</summary>
    public uint PeerMaximumPduLength { get; set; }

    /// <summary>A connection for the association-requestor: <paramref name="connect"/> opens the transport on AE-1.</summary>
    public static UpperLayerConnection ForRequestor(Func<CancellationToken, Task<Stream>> connect, UpperLayerOptions? options = null,
        Action<UpperLayerTransition>? transitioned = null) =>
        new(true, options ?? new UpperLayerOptions(), connect, null) { Transitioned = transitioned };

    /// <summary>A connection for the association-acceptor over an accepted transport: Evt5 (AE-5) happens here.</summary>
    public static UpperLayerConnection ForAcceptor(Stream stream, UpperLayerOptions? options = null, Action<UpperLayerTransition>? transitioned = null)
    {
        var connection = new UpperLayerConnection(false, options ?? new UpperLayerOptions(), null, stream) { Transitioned = transitioned };
        connection.Handle(UpperLayerEvent.Evt5);
        return connection;
    }

    /// <summary>A-ASSOCIATE request (Evt1): connect (AE-1) and send the A-ASSOCIATE-RQ (AE-2); the answer arrives as an indication.</summary>
    /// <exception cref="IOException">The transport could not be opened.</exception>
    public async Task RequestAssociationAsync(AAssociateRQ request, CancellationToken cancellationToken)
    {
        _pendingRequest = request;
        await HandleAsync(UpperLayerEvent.Evt1, cancellationToken: cancellationToken);
        if (_connectError is { } error) throw new IOException(error.Message, error);
    }

    /// <summary>A-ASSOCIATE response, accept (Evt7 → AE-7).</summary>
    public Task AcceptAsync(AAssociateAC accept) => HandleAsync(UpperLayerEvent.Evt7, accept);

    /// <summary>A-ASSOCIATE response, reject (Evt8 → AE-8).</summary>
    public Task RejectAsync(AAssociateRJ reject) => HandleAsync(UpperLayerEvent.Evt8, reject);

    /// <summary>A-RELEASE request (Evt11 → AR-1).</summary>
    public Task RequestReleaseAsync() => HandleAsync(UpperLayerEvent.Evt11);

    /// <summary>A-RELEASE response (Evt14 → AR-4 or AR-9).</summary>
    public Task RespondReleaseAsync() => HandleAsync(UpperLayerEvent.Evt14);

    /// <summary>A-ABORT request (Evt15): A-ABORT PDU with service-user source, or just close before the association exists.</summary>
    /// <remarks>Before an A-ASSOCIATE-RQ arrived (Sta2) there is nothing to abort: the transport is closed (then Evt17, AA-5).</remarks>
    public async Task AbortAsync()
    {
        try
        {
            if (State == UpperLayerState.Sta2) CloseTransport();
            else if (State is not UpperLayerState.Sta1 and not UpperLayerState.Sta13) await HandleAsync(UpperLayerEvent.Evt15);
        }
        catch (InvalidOperationException)
        {
            // The state moved on (to Sta1 or Sta13) between the check and the event: nothing left to abort.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await AbortAsync();
        CloseTransport();
        _artim?.Cancel();
        _writeLock.Dispose();
    }

    private AAssociateRQ? _pendingRequest;
}
