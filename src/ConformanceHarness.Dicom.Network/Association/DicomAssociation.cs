using System.Collections.Concurrent;
using System.Threading.Channels;

using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>
/// An established association, either side: DIMSE messages out (requests with their responses as an async stream,
/// responses to the peer's requests) and in (responses routed by Message ID Being Responded To, requests handed one at
/// a time to the <see cref="DicomServiceHandler"/>, C-CANCEL to the operation it names). Release and abort end it;
/// <see cref="Completion"/> tells when and <see cref="End"/> how.
/// </summary>
public sealed partial class DicomAssociation : IAsyncDisposable
{
    private readonly UpperLayerConnection _connection;
    private readonly DimseMessageAssembler _assembler;
    private readonly ConcurrentDictionary<ushort, Channel<DimseResponse>> _pending = new();
    private readonly ConcurrentDictionary<ushort, CancellationTokenSource> _running = new();
    private readonly Channel<(byte ContextId, DimseRequest Request)> _inbound = Channel.CreateUnbounded<(byte, DimseRequest)>();
    private readonly TaskCompletionSource<AssociationEnd> _end = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly DimseMessageIdGenerator _messageIds = new();
    private readonly DicomNetworkEvents _events;
    private Task _worker = Task.CompletedTask;
    private bool _releaseRequested;

    internal DicomAssociation(UpperLayerConnection connection, AAssociateRQ request, AAssociateAC accept,
        IReadOnlyList<PresentationContext> contexts, DicomAssociationSettings settings)
    {
        _connection = connection;
        Request = request;
        Accept = accept;
        PresentationContexts = contexts;
        Settings = settings;
        _events = settings.Events ?? new DicomNetworkEvents();
        _assembler = new DimseMessageAssembler(id => Find(id) is { IsAccepted: true } context ? context.TransferSyntax : null);
        var peerUserInformation = connection.IsRequestor ? accept.UserInformation : request.UserInformation;
        connection.PeerMaximumPduLength = peerUserInformation?.Find<MaximumLengthSubItem>()?.MaximumLength ?? 0;
    }

    public string ConnectionId => Settings.ConnectionId;

    public AAssociateRQ Request { get; }

    public AAssociateAC Accept { get; }

    public bool IsRequestor => _connection.IsRequestor;

    public string CallingAeTitle => Request.CallingAeTitle;

    public string CalledAeTitle => Request.CalledAeTitle;

    public IReadOnlyList<PresentationContext> PresentationContexts { get; }

    /// <summary>The largest P-DATA-TF the peer receives; 0 = unlimited.</summary>
    public uint PeerMaximumPduLength => _connection.PeerMaximumPduLength;

    public UpperLayerState State => _connection.State;

    internal DicomAssociationSettings Settings { get; }

    /// <summary>Completes when the association has ended, with how it ended.</summary>
    public Task<AssociationEnd> Completion => _end.Task;

    /// <summary>How the association ended, or null while it lasts.</summary>
    public AssociationEnd? End => _end.Task.IsCompleted ? _end.Task.Result : null;

    public PresentationContext? Find(byte id) => PresentationContexts.FirstOrDefault(context => context.Id == id);

    internal void Start()
    {
        _ = Task.Run(PumpAsync);
        _worker = Task.Run(WorkAsync);
    }

    /// <summary>A-RELEASE: waits for the peer's A-RELEASE-RP (bounded by the DIMSE time-out, then aborts). When the peer
    /// has already asked to release (or the association is ending), there is nothing to request: waits for the end.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken = default)
    {
        if (End is not null) return;
        _releaseRequested = true;
        try
        {
            await _connection.RequestReleaseAsync();
        }
        catch (InvalidOperationException)
        {
            _releaseRequested = false; // Evt11 is only possible in Sta6: the peer's A-RELEASE-RQ or an abort came first
        }
        try
        {
            await Completion.WaitAsync(Settings.DimseTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            await AbortAsync($"no A-RELEASE-RP within {Settings.DimseTimeout.TotalSeconds:0.###} s");
        }
    }

    /// <summary>A-ABORT (service-user source); <paramref name="why"/> is recorded as the reason.</summary>
    public async Task AbortAsync(string why = "aborted by the local user")
    {
        _localAbortDetail ??= why;
        await _connection.AbortAsync();
        await Task.WhenAny(Completion, Task.Delay(Settings.DimseTimeout));
    }

    public async ValueTask DisposeAsync()
    {
        if (End is null) await AbortAsync("disposed while established");
        await _connection.DisposeAsync();
    }

    private string? _localAbortDetail;
}
