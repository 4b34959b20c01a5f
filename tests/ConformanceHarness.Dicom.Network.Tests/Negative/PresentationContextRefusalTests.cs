using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.Storage;
using ConformanceHarness.Dicom.Network.Tests.Load;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Network.Tests.Negative;

/// <summary>No acceptable presentation context: the association exists, but the service cannot be used, and the SCU
/// is told which SOP class and why.</summary>
public sealed class PresentationContextRefusalTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Store_SopClassNotSupportedByServer_ThrowsNamingSopClassAndReason()
    {
        await using var server = ServerUnderTest.Start();
        var association = await server.AssociateAsync([PresentationContextProposal.For(DicomUids.SecondaryCaptureImageStorage),
            PresentationContextProposal.For(DicomUids.Verification)]);

        var error = await Assert.ThrowsAsync<DicomAssociationException>(() => association.StoreAsync(SyntheticInstances.One(), cancellationToken: Token));

        Assert.Contains("no presentation context for Secondary Capture Image Storage was accepted", error.Message);
        Assert.Contains(PresentationContext.Describe(PresentationContextResultReason.AbstractSyntaxNotSupported), error.Message);
        Assert.Equal(DicomStatus.Success, await association.EchoAsync(Token));
        await association.ReleaseAsync(Token);
    }

    [Fact]
    public async Task Store_TransferSyntaxNotSupportedByServer_ThrowsNamingSopClassAndReason()
    {
        var policy = AssociationPolicy.Verification with
        {
            AbstractSyntaxes = AssociationPolicy.Accepting([DicomUids.SecondaryCaptureImageStorage], [TransferSyntax.ExplicitVRLittleEndian]),
        };
        await using var server = ServerUnderTest.Start(new DicomServerOptions { Policy = policy });
        var association = await server.AssociateAsync([new PresentationContextProposal(DicomUids.SecondaryCaptureImageStorage, [TransferSyntax.ImplicitVRLittleEndian])]);

        var error = await Assert.ThrowsAsync<DicomAssociationException>(() => association.StoreAsync(SyntheticInstances.One(), cancellationToken: Token));

        Assert.Contains("Secondary Capture Image Storage", error.Message);
        Assert.Contains(PresentationContext.Describe(PresentationContextResultReason.TransferSyntaxesNotSupported), error.Message);
        await association.ReleaseAsync(Token);
        await server.QuiescentAsync();
    }

    [Fact]
    public async Task Storescu_VerificationOnlyServer_FailsCleanlyAndTheServerServesOn()
    {
        var storescu = ExternalTool.Find("storescu");
        ExternalTool.Require(storescu is not null, "DCMTK storescu is not installed (apt-get install dcmtk)");
        using var temporary = new TemporaryFolder("hx-neg-");
        var folder = temporary.Path;
        var file = Path.Combine(folder, "sc.dcm");
        var instance = SyntheticInstances.One();
        await Part10Writer.WriteAsync(file, instance.SopClassUid, instance.SopInstanceUid, TransferSyntax.ExplicitVRLittleEndian,
            DimseDatasetCodec.Encode(instance.Dataset, TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ExplicitVRLittleEndian), null, Token);
        await using var server = ServerUnderTest.Start();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ExternalTool.RunAsync(storescu!, ["-aec", ServerUnderTest.AeTitle, "127.0.0.1", server.Port.ToString(), file], folder, TimeSpan.FromSeconds(30)));

        Assert.Contains("presentation context", error.Message, StringComparison.OrdinalIgnoreCase);
        await server.QuiescentAsync();
        await server.AssertEchoSucceedsAsync();
    }
}
