using System.Collections.Concurrent;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Events;

namespace ConformanceHarness.Dicom.Network.Tests.Events;

/// <summary>What the SCU side publishes, and in which order, as the evidence recorder sees it.</summary>
public sealed class DicomNetworkEventsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Client_reports_release_then_connection_closed_before_ReleaseAsync_returns()
    {
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP" });
        var (events, seen) = Collector();
        var association = await DicomClient.AssociateAsync("127.0.0.1", server.Port, [PresentationContextProposal.For(DicomUids.Verification)],
            new DicomClientOptions { CalledAeTitle = "SCP", Events = events }, Token);

        await association.EchoAsync(Token);
        await association.ReleaseAsync(Token);

        Assert.Equal(["ConnectionOpened", "AssociationRequested", "AssociationAccepted", "DimseMessageExchanged", "DimseMessageExchanged",
            "AssociationReleased", "ConnectionClosed"], seen.Select(e => e.GetType().Name));
    }

    [Fact]
    public async Task Client_reports_connection_closed_after_a_rejection()
    {
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP" });
        var (events, seen) = Collector();

        await Assert.ThrowsAsync<DicomAssociationException>(() => DicomClient.AssociateAsync("127.0.0.1", server.Port,
            [PresentationContextProposal.For(DicomUids.Verification)], new DicomClientOptions { CalledAeTitle = "WRONG", Events = events }, Token));

        Assert.Equal(["ConnectionOpened", "AssociationRequested", "AssociationRejected", "ConnectionClosed"], seen.Select(e => e.GetType().Name));
    }

    [Fact]
    public async Task Each_request_sent_is_reported_before_its_response_is_received()
    {
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP" });
        var (events, seen) = Collector();
        var association = await DicomClient.AssociateAsync("127.0.0.1", server.Port, [PresentationContextProposal.For(DicomUids.Verification)],
            new DicomClientOptions { CalledAeTitle = "SCP", Events = events }, Token);

        for (var i = 0; i < 50; i++) await association.EchoAsync(Token);
        await association.ReleaseAsync(Token);

        var dimse = seen.OfType<DimseMessageExchanged>().ToList();
        Assert.Equal(100, dimse.Count);
        Assert.All(dimse.Chunk(2), pair => Assert.Equal(("C-ECHO-RQ", true, "C-ECHO-RSP", false, pair[0].MessageId),
            (pair[0].Command, pair[0].Sent, pair[1].Command, pair[1].Sent, pair[1].MessageId)));
    }

    private static (DicomNetworkEvents Events, ConcurrentQueue<DicomNetworkEvent> Seen) Collector()
    {
        var events = new DicomNetworkEvents();
        var seen = new ConcurrentQueue<DicomNetworkEvent>();
        events.Subscribe(seen.Enqueue);
        return (events, seen);
    }
}
