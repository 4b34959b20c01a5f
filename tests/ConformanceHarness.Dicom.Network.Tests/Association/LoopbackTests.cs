using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.Association;

/// <summary>Our SCU against our SCP on 127.0.0.1: the basic services and how associations end.</summary>
public sealed class LoopbackTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Echo_is_answered_with_success_and_release_ends_the_association_on_both_sides()
    {
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP" });
        var association = await DicomClient.AssociateAsync("127.0.0.1", server.Port, [PresentationContextProposal.For(DicomUids.Verification)],
            new DicomClientOptions { CalledAeTitle = "SCP" }, Token);

        var status = await association.EchoAsync(Token);
        await association.ReleaseAsync(Token);

        Assert.Equal(DicomStatus.Success, status);
        var end = await association.Completion;
        Assert.Equal(AssociationEndKind.Released, end.Kind);
        Assert.False(end.ByPeer);
    }

    [Fact]
    public async Task Unknown_called_AE_title_is_rejected_with_the_reason_in_words()
    {
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP" });

        var error = await Assert.ThrowsAsync<DicomAssociationException>(() => DicomClient.AssociateAsync("127.0.0.1", server.Port,
            [PresentationContextProposal.For(DicomUids.Verification)], new DicomClientOptions { CalledAeTitle = "WRONG" }, Token));

        Assert.Equal(DicomAssociationFailure.Rejected, error.Failure);
        Assert.Equal(AAssociateRJReason.ServiceUserCalledAeTitleNotRecognized, error.Reject!.Reason);
        Assert.Contains("called AE title not recognized", error.Message);
    }

    [Fact]
    public async Task A_closed_port_is_reported_as_unreachable()
    {
        var server = DicomServer.Start(new DicomServerOptions());
        var port = server.Port;
        await server.DisposeAsync();

        var error = await Assert.ThrowsAsync<DicomAssociationException>(() => DicomClient.AssociateAsync("127.0.0.1", port,
            [PresentationContextProposal.For(DicomUids.Verification)], new DicomClientOptions(), Token));

        Assert.Equal(DicomAssociationFailure.Unreachable, error.Failure);
        Assert.Contains($"127.0.0.1:{port}", error.Message);
    }
}
