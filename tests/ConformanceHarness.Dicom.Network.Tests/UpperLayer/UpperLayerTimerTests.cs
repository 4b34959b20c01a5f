using System.Diagnostics;

using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Tests.UpperLayer;

/// <summary>The ARTIM timer (PS3.8 §9.1.5) and the idle time-out: a silent peer ends the connection, never hangs it.</summary>
public sealed class UpperLayerTimerTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(400);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Acceptor_NoRequestArrives_ClosesWhenArtimExpires()
    {
        var clock = Stopwatch.StartNew();
        await using var test = await ConnectionUnderTest.AcceptorAsync(new UpperLayerOptions { ArtimTimeout = Short }, Token);

        await test.Peer.WaitForCloseAsync();
        var closedAfter = clock.Elapsed;
        await test.EndedAsync();

        Assert.True(closedAfter >= Short * 0.9, $"expected the close after the ARTIM time-out ({Short}), but it came after {closedAfter}");
        Assert.Equal(["Sta1+Evt5=AE-5", "Sta2+Evt18=AA-2"], test.Transitions);
    }

    [Fact]
    public async Task Acceptor_RejectSentAndPeerStaysOpen_ClosesWhenArtimExpires()
    {
        await using var test = await ConnectionUnderTest.AcceptorAsync(new UpperLayerOptions { ArtimTimeout = TimeSpan.FromSeconds(1) }, Token);
        await test.Peer.SendAsync(SamplePdus.Request());
        await test.NextAsync<AssociateIndication>();

        var clock = Stopwatch.StartNew();
        await test.Connection.RejectAsync(new AAssociateRJ(AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserNoReasonGiven));
        await test.Peer.ReceiveAsync<AAssociateRJ>();
        await test.Peer.WaitForCloseAsync();
        var closedAfter = clock.Elapsed;
        await test.EndedAsync();

        Assert.True(closedAfter >= TimeSpan.FromSeconds(0.9), $"expected the close after the ARTIM time-out (1 s), but it came after {closedAfter}");
        Assert.Equal(["Sta1+Evt5=AE-5", "Sta2+Evt6=AE-6", "Sta3+Evt8=AE-8", "Sta13+Evt18=AA-2"], test.Transitions);
    }

    [Fact]
    public async Task Established_PeerSilent_IdleTimeoutAbortsThenArtimCloses()
    {
        var options = new UpperLayerOptions { IdleTimeout = Short, ArtimTimeout = Short };
        await using var test = await ConnectionUnderTest.AcceptorAsync(options, Token);
        await test.EstablishAsync(Token);

        var abort = await test.Peer.ReceiveAsync<AAbort>();
        var indication = await test.NextAsync<AbortIndication>();
        await test.Peer.WaitForCloseAsync();
        await test.EndedAsync();

        Assert.Equal(AAbortSource.ServiceUser, abort.Source);
        Assert.Contains("idle time-out", indication.Detail);
        Assert.Equal(["Sta6+Evt15=AA-1", "Sta13+Evt18=AA-2"], test.Transitions.Skip(3));
    }

    [Fact]
    public async Task Established_PeerKeepsSending_IdleTimeoutDoesNotFire()
    {
        var options = new UpperLayerOptions { IdleTimeout = TimeSpan.FromMilliseconds(1200) };
        await using var test = await ConnectionUnderTest.AcceptorAsync(options, Token);
        await test.EstablishAsync(Token);

        for (var i = 0; i < 6; i++)
        {
            await Task.Delay(300, Token);
            await test.Peer.SendAsync(SamplePdus.Echo((ushort)(i + 1)));
            await test.NextAsync<DataIndication>();
        }

        Assert.Equal(UpperLayerState.Sta6, test.Connection.State);
    }
}
