using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Tests.UpperLayer;

/// <summary><see cref="UpperLayerConnection"/> over a real loopback socket, the peer driven by hand PDU by PDU.</summary>
public sealed class UpperLayerConnectionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Acceptor_AAssociateRQ_IsIndicatedAndAnsweredWithAC()
    {
        await using var test = await ConnectionUnderTest.AcceptorAsync(null, Token);
        var request = SamplePdus.Request();

        await test.Peer.SendAsync(request);
        var indication = await test.NextAsync<AssociateIndication>();
        Assert.Equal(UpperLayerState.Sta3, test.Connection.State);
        await test.Connection.AcceptAsync(SamplePdus.Accept(request));

        Assert.Equal(request, indication.Request);
        Assert.Equal(SamplePdus.Accept(request), await test.Peer.ReceiveAsync<AAssociateAC>());
        Assert.Equal(UpperLayerState.Sta6, test.Connection.State);
        Assert.Equal(["Sta1+Evt5=AE-5", "Sta2+Evt6=AE-6", "Sta3+Evt7=AE-7"], test.Transitions);
    }

    [Fact]
    public async Task Acceptor_RequestWithoutProtocolVersion1_IsRejectedByTheProviderWithoutIndication()
    {
        await using var test = await ConnectionUnderTest.AcceptorAsync(null, Token);

        await test.Peer.SendAsync(SamplePdus.Request(protocolVersion: 2));

        var reject = await test.Peer.ReceiveAsync<AAssociateRJ>();
        Assert.Equal(AAssociateRJReason.ServiceProviderAcseProtocolVersionNotSupported, reject.Reason);
        Assert.Equal(["Sta1+Evt5=AE-5", "Sta2+Evt6=AE-6"], test.Transitions);
        Assert.Equal(UpperLayerState.Sta13, test.Connection.State);
    }

    [Fact]
    public async Task Acceptor_PDataBeforeRequest_AbortsAndEndsWhenThePeerCloses()
    {
        await using var test = await ConnectionUnderTest.AcceptorAsync(null, Token);

        await test.Peer.SendAsync(SamplePdus.Echo());
        var abort = await test.Peer.ReceiveAsync<AAbort>();
        await test.Peer.DisposeAsync();
        await test.EndedAsync();

        Assert.Equal(AAbortReason.UnexpectedPdu, abort.Reason);
        Assert.Equal(["Sta1+Evt5=AE-5", "Sta2+Evt10=AA-1", "Sta13+Evt17=AR-5"], test.Transitions);
    }

    [Fact]
    public async Task Established_UnexpectedAAssociateAC_AbortsWithServiceProviderSourceAndUnexpectedPdu()
    {
        await using var test = await ConnectionUnderTest.AcceptorAsync(null, Token);
        await test.EstablishAsync(Token);

        await test.Peer.SendAsync(SamplePdus.Accept(SamplePdus.Request()));

        Assert.Equal(new AAbort(AAbortSource.ServiceProvider, AAbortReason.UnexpectedPdu), await test.Peer.ReceiveAsync<AAbort>());
        var indication = await test.NextAsync<AbortIndication>();
        Assert.False(indication.ByPeer);
        Assert.Contains("A-ASSOCIATE-AC", indication.Detail);
        Assert.Equal("Sta6+Evt3=AA-8", test.Transitions[^1]);
        Assert.Equal(UpperLayerState.Sta13, test.Connection.State);
    }

    [Theory]
    [InlineData("08 00 00 00 00 04 00 00 00 00", false)]
    [InlineData("FF 00 00 00 00 00", false)]
    [InlineData("08 00 00 00 00 04 00 00 00 00", true)]
    public async Task UnrecognizedPduType_AbortsWithUnrecognizedPdu(string bytes, bool established)
    {
        await using var test = await ConnectionUnderTest.AcceptorAsync(null, Token);
        if (established) await test.EstablishAsync(Token);

        await test.Peer.SendAsync(Pdus.Wire.Bytes(bytes));

        Assert.Equal(new AAbort(AAbortSource.ServiceProvider, AAbortReason.UnrecognizedPdu), await test.Peer.ReceiveAsync<AAbort>());
        Assert.Equal(established ? "Sta6+Evt19=AA-8" : "Sta2+Evt19=AA-1", test.Transitions[^1]);
        await test.Peer.DisposeAsync();
        await test.EndedAsync();
        Assert.Equal("Sta13+Evt17=AR-5", test.Transitions[^1]);
    }

    [Fact]
    public async Task Established_AbortFromThePeer_IsIndicatedAsByPeerAndCloses()
    {
        await using var test = await ConnectionUnderTest.AcceptorAsync(null, Token);
        await test.EstablishAsync(Token);

        await test.Peer.SendAsync(new AAbort(AAbortSource.ServiceUser, AAbortReason.ReasonNotSpecified));

        var indication = await test.NextAsync<AbortIndication>();
        Assert.True(indication.ByPeer);
        await test.Peer.WaitForCloseAsync();
        await test.EndedAsync();
        Assert.Equal("Sta6+Evt16=AA-3", test.Transitions[^1]);
    }
}
