using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.Tests.Negative;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Tests.UpperLayer;

/// <summary>Both sides send A-RELEASE-RQ at once (PS3.8 §7.2, release collision): each side ends cleanly through
/// AR-8, the requestor answering first (AR-9) and the acceptor after its confirmation (AR-10, AR-4).</summary>
public sealed class ReleaseCollisionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Requestor_PeerRequestsReleaseToo_AnswersAtOnceAndEndsOnTheAnswer()
    {
        await using var test = await ConnectionUnderTest.RequestorAsync(null, Token);
        await test.EstablishAsync(Token);

        await test.Connection.RequestReleaseAsync();
        await test.Peer.ReceiveAsync<AReleaseRQ>();
        await test.Peer.SendAsync(new AReleaseRQ());
        var indication = await test.NextAsync<ReleaseIndication>();
        await test.Connection.RespondReleaseAsync();
        await test.Peer.ReceiveAsync<AReleaseRP>();
        await test.Peer.SendAsync(new AReleaseRP());
        await test.NextAsync<ReleaseConfirmation>();
        await test.Peer.WaitForCloseAsync();
        await test.EndedAsync();

        Assert.True(indication.Collision);
        Assert.Equal(["AE-1", "AE-2", "AE-3", "AR-1", "AR-8", "AR-9", "AR-3"], test.Actions);
        Assert.Equal(["Sta7+Evt12=AR-8", "Sta9+Evt14=AR-9", "Sta11+Evt13=AR-3"], test.Transitions.Skip(4));
    }

    [Fact]
    public async Task Acceptor_PeerRequestsReleaseToo_AnswersAfterItsConfirmationAndEndsWhenThePeerCloses()
    {
        await using var test = await ConnectionUnderTest.AcceptorAsync(null, Token);
        await test.EstablishAsync(Token);

        await test.Connection.RequestReleaseAsync();
        await test.Peer.ReceiveAsync<AReleaseRQ>();
        await test.Peer.SendAsync(new AReleaseRQ());
        var indication = await test.NextAsync<ReleaseIndication>();
        await test.Peer.SendAsync(new AReleaseRP());
        await test.NextAsync<ReleaseConfirmation>();
        await test.Connection.RespondReleaseAsync();
        await test.Peer.ReceiveAsync<AReleaseRP>();
        await test.Peer.DisposeAsync();
        await test.EndedAsync();

        Assert.True(indication.Collision);
        Assert.Equal(["AE-5", "AE-6", "AE-7", "AR-1", "AR-8", "AR-10", "AR-4", "AR-5"], test.Actions);
        Assert.Equal(["Sta7+Evt12=AR-8", "Sta10+Evt13=AR-10", "Sta12+Evt14=AR-4", "Sta13+Evt17=AR-5"], test.Transitions.Skip(4));
    }

    [Fact]
    public async Task OurRequestorAndAcceptor_ReleaseAtOnce_BothEndReleased()
    {
        var handler = new CapturingEchoHandler();
        await using var server = ServerUnderTest.Start(new DicomServerOptions { Handler = handler });
        for (var round = 0; round < 10; round++)
        {
            var client = await server.AssociateAsync();
            await client.EchoAsync(Token);
            var acceptor = await handler.Next();

            await Task.WhenAll(client.ReleaseAsync(Token), acceptor.ReleaseAsync(Token));

            Assert.Equal(AssociationEndKind.Released, client.End?.Kind);
            Assert.Equal(AssociationEndKind.Released, acceptor.End?.Kind);
        }
        await server.QuiescentAsync();
    }

    /// <summary>Answers C-ECHO and hands over the acceptor's side of the association it came on.</summary>
    private sealed class CapturingEchoHandler : DicomServiceHandler
    {
        private TaskCompletionSource<DicomAssociation> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<DicomAssociation> Next()
        {
            var association = await _next.Task.WaitAsync(RawPeer.DefaultWait);
            _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return association;
        }

        public override Task<DicomStatus> OnCEchoAsync(DimseRequestContext context, CEchoRequest request)
        {
            _next.TrySetResult(context.Association);
            return Task.FromResult(DicomStatus.Success);
        }
    }
}
