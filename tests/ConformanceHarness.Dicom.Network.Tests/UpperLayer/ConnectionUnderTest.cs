using System.Collections.Concurrent;

using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Tests.UpperLayer;

/// <summary>
/// An <see cref="UpperLayerConnection"/> on one end of a loopback socket pair and a <see cref="RawPeer"/> on the other,
/// with every transition the connection made, spelled "Sta6+Evt12=AR-2".
/// </summary>
internal sealed class ConnectionUnderTest : IAsyncDisposable
{
    private readonly ConcurrentQueue<UpperLayerTransition> _transitions = new();

    private ConnectionUnderTest(RawPeer peer) => Peer = peer;

    public RawPeer Peer { get; }

    public UpperLayerConnection Connection { get; private set; } = null!;

    public IReadOnlyList<string> Transitions =>
        [.. _transitions.Select(t => $"{t.From}+{t.Event}={UpperLayerStateTable.NameOf(t.Action)}")];

    /// <summary>The actions taken, in order, e.g. ["AE-5", "AE-6"].</summary>
    public IReadOnlyList<string> Actions => [.. _transitions.Select(t => UpperLayerStateTable.NameOf(t.Action))];

    /// <summary>Our side accepted the transport connection (Sta2); the raw peer is the association-requestor.</summary>
    public static async Task<ConnectionUnderTest> AcceptorAsync(UpperLayerOptions? options, CancellationToken cancellationToken)
    {
        var (peer, ours) = await RawPeer.PairAsync(cancellationToken);
        var test = new ConnectionUnderTest(peer);
        test.Connection = UpperLayerConnection.ForAcceptor(ours, options, test._transitions.Enqueue);
        return test;
    }

    /// <summary>Our side is the association-requestor (Sta1, not yet connected); the raw peer is the acceptor.</summary>
    public static async Task<ConnectionUnderTest> RequestorAsync(UpperLayerOptions? options, CancellationToken cancellationToken)
    {
        var (peer, ours) = await RawPeer.PairAsync(cancellationToken);
        var test = new ConnectionUnderTest(peer);
        test.Connection = UpperLayerConnection.ForRequestor(_ => Task.FromResult<Stream>(ours), options, test._transitions.Enqueue);
        return test;
    }

    /// <summary>Establishes the association (Sta6) with the raw peer playing its part by hand.</summary>
    public async Task EstablishAsync(CancellationToken cancellationToken)
    {
        var request = SamplePdus.Request();
        if (Connection.IsRequestor)
        {
            await Connection.RequestAssociationAsync(request, cancellationToken);
            await Peer.ReceiveAsync<AAssociateRQ>();
            await Peer.SendAsync(SamplePdus.Accept(request));
            await NextAsync<AssociateAcceptConfirmation>();
            return;
        }
        await Peer.SendAsync(request);
        await NextAsync<AssociateIndication>();
        await Connection.AcceptAsync(SamplePdus.Accept(request));
        await Peer.ReceiveAsync<AAssociateAC>();
    }

    /// <summary>The next indication for the service user, which must be a <typeparamref name="T"/>.</summary>
    public async Task<T> NextAsync<T>() where T : UpperLayerIndication
    {
        using var timeout = new CancellationTokenSource(RawPeer.DefaultWait);
        var indication = await Connection.Indications.ReadAsync(timeout.Token);
        return indication as T ?? throw new Xunit.Sdk.XunitException($"expected {typeof(T).Name}, but received {indication}");
    }

    /// <summary>Waits until the connection is back in Sta1.</summary>
    public Task EndedAsync() => Connection.Completion.WaitAsync(RawPeer.DefaultWait);

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        await Peer.DisposeAsync();
    }
}
