using System.Collections.Concurrent;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Events;

namespace ConformanceHarness.Dicom.Network.Tests.Negative;

/// <summary>
/// Our <see cref="DicomServer"/> on 127.0.0.1 with every event it published, so a test can check what happened to each
/// connection and that none is left behind.
/// </summary>
internal sealed class ServerUnderTest : IAsyncDisposable
{
    public const string AeTitle = "SCP";

    private readonly ConcurrentQueue<DicomNetworkEvent> _events = new();

    private ServerUnderTest(DicomServerOptions options)
    {
        var events = new DicomNetworkEvents();
        events.Subscribe(_events.Enqueue);
        Server = DicomServer.Start(options with { AeTitle = AeTitle, Events = events });
        Port = Server.Port;
    }

    public DicomServer Server { get; }

    /// <summary>The port the server listened on (still known after it stopped).</summary>
    public int Port { get; }

    public IReadOnlyList<DicomNetworkEvent> Events => [.. _events];

    /// <summary>Connections accepted and not yet closed, by the server's events.</summary>
    public int OpenConnections => Events.OfType<ConnectionOpened>().Count() - Events.OfType<ConnectionClosed>().Count();

    public static ServerUnderTest Start(DicomServerOptions? options = null) => new(options ?? new DicomServerOptions());

    /// <summary>Waits until no association is active and every connection the server accepted is closed.</summary>
    public async Task QuiescentAsync(TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (Server.ActiveAssociations > 0 || OpenConnections > 0)
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"expected the server to be idle, but {Server.ActiveAssociations} associations and {OpenConnections} connections are still open");
            await Task.Delay(20);
        }
    }

    public Task<DicomAssociation> AssociateAsync(IReadOnlyList<PresentationContextProposal>? proposals = null, DicomClientOptions? options = null) =>
        DicomClient.AssociateAsync("127.0.0.1", Port, proposals ?? [PresentationContextProposal.For(DicomUids.Verification)],
            (options ?? new DicomClientOptions()) with { CalledAeTitle = AeTitle }, TestContext.Current.CancellationToken);

    /// <summary>A fresh association echoes and releases: the server still serves.</summary>
    public async Task AssertEchoSucceedsAsync()
    {
        var association = await AssociateAsync();
        Assert.Equal(DicomStatus.Success, await association.EchoAsync(TestContext.Current.CancellationToken));
        await association.ReleaseAsync(TestContext.Current.CancellationToken);
        Assert.Equal(AssociationEndKind.Released, association.End?.Kind);
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
