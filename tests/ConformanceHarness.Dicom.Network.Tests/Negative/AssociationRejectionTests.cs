using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.Tests.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Tests.Negative;

/// <summary>A-ASSOCIATE-RQs our server must refuse, read as bytes on the wire by a hand-driven requestor.</summary>
public sealed class AssociationRejectionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string, ushort, AAssociateRJResult, AAssociateRJReason> Unacceptable => new()
    {
        { "WRONG", "PEER", DicomImplementation.ApplicationContextName, 1, AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserCalledAeTitleNotRecognized },
        { "SCP", "STRANGER", DicomImplementation.ApplicationContextName, 1, AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserCallingAeTitleNotRecognized },
        { "SCP", "PEER", "1.2.3.4.5", 1, AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserApplicationContextNameNotSupported },
        { "SCP", "PEER", DicomImplementation.ApplicationContextName, 2, AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceProviderAcseProtocolVersionNotSupported },
    };

    [Theory]
    [MemberData(nameof(Unacceptable))]
    public async Task Request_Unacceptable_IsRejectedOnTheWireWithTheReason(string called, string calling, string applicationContext,
        ushort protocolVersion, AAssociateRJResult result, AAssociateRJReason reason)
    {
        var policy = AssociationPolicy.Verification with { CallingAeTitles = new HashSet<string> { "PEER" } };
        await using var server = ServerUnderTest.Start(new DicomServerOptions { Policy = policy });
        await using var peer = await RawPeer.ConnectAsync(server.Port, Token);

        await peer.SendAsync(SamplePdus.Request(called, calling, applicationContext: applicationContext, protocolVersion: protocolVersion));

        Assert.Equal(new AAssociateRJ(result, reason), await peer.ReceiveAsync<AAssociateRJ>());
        await peer.DisposeAsync();
        await server.QuiescentAsync();
        Assert.Empty(server.Events.OfType<AssociationAccepted>());
    }

    [Fact]
    public async Task Request_BeyondMaximumAssociations_IsRejectedTransientlyAndTheFirstStillServes()
    {
        var policy = AssociationPolicy.Verification with { MaximumAssociations = 1 };
        await using var server = ServerUnderTest.Start(new DicomServerOptions { Policy = policy });
        var first = await server.AssociateAsync();

        var error = await Assert.ThrowsAsync<DicomAssociationException>(() => server.AssociateAsync());

        Assert.Equal(new AAssociateRJ(AAssociateRJResult.RejectedTransient, AAssociateRJReason.ServiceProviderPresentationLocalLimitExceeded), error.Reject);
        Assert.Contains(AssociationRejection.Describe(error.Reject!), error.Message);
        Assert.Equal(DicomStatus.Success, await first.EchoAsync(Token));
        await first.ReleaseAsync(Token);
        await server.QuiescentAsync(); // the server counts the association until the requestor has closed the transport
        await server.AssertEchoSucceedsAsync();
    }

    [Fact]
    public async Task Client_RejectedByServer_ReportsReasonAndTheServerRecordsIt()
    {
        await using var server = ServerUnderTest.Start();

        var error = await Assert.ThrowsAsync<DicomAssociationException>(() => DicomClient.AssociateAsync("127.0.0.1", server.Port,
            [PresentationContextProposal.For(DicomUids.Verification)], new DicomClientOptions { CalledAeTitle = "NOBODY" }, Token));

        Assert.Equal(DicomAssociationFailure.Rejected, error.Failure);
        Assert.Contains("NOBODY", error.Message);
        Assert.Equal(new AAssociateRJ(AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserCalledAeTitleNotRecognized), error.Reject);
        Assert.Contains(AssociationRejection.Describe(error.Reject!), error.Message);
        await server.QuiescentAsync();
        Assert.Single(server.Events.OfType<AssociationRejected>());
    }
}
