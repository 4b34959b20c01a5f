using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.TestSupport;
using ConformanceHarness.TestSupport.Peers;
using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>storescp <c>+xi</c> accepts Implicit VR Little Endian only: our SCU transcodes what it sends.</summary>
public sealed partial class OurScuStoreScpTests
{
    [Fact]
    public async Task Store_ExplicitLittleEndianToAnImplicitOnlyStorescp_ArrivesAsImplicitElementByElementIdentical()
    {
        var path = Path.Combine(_work.FullName, "ct.dcm");
        SyntheticInstances.CtImage(new CtImageSpec { PixelDataBytes = 128 * 128 * 2 }).Save(path);

        var received = await StoreToImplicitOnlyAsync(path);

        Assert.Equal(TransferSyntax.ImplicitVRLittleEndian, received.TransferSyntax);
        DatasetComparison.AssertIdentical(DicomFile.Open(path).Dataset, received.Dataset, "ct.dcm");
    }

    [Fact]
    public async Task Store_BigEndianCorpusFileToAnImplicitOnlyStorescp_ArrivesByteSwappedWithTheSameValues()
    {
        var path = Path.Combine(RepositoryRoot.DicomCorpus, "MR_small_bigendian.dcm");

        var received = await StoreToImplicitOnlyAsync(path);

        Assert.Equal(TransferSyntax.ImplicitVRLittleEndian, received.TransferSyntax);
        DatasetComparison.AssertIdentical(DicomFile.Open(path).Dataset, received.Dataset, "MR_small_bigendian.dcm");
    }

    [Fact]
    public async Task Store_RleCorpusFileToAnImplicitOnlyStorescp_ArrivesDecompressedAsDcmdrleDecompressesIt()
    {
        var path = Path.Combine(RepositoryRoot.DicomCorpus, "SC_rgb_rle.dcm");
        var reference = Path.Combine(_work.FullName, "dcmdrle.dcm");
        var decompressed = await Dcmtk.RunAsync("dcmdrle", ["+ti", path, reference], Dcmtk.DefaultTimeout, Cancel);
        Assert.True(decompressed.ExitCode == 0, decompressed.ToString());

        var received = await StoreToImplicitOnlyAsync(path);

        Assert.Equal(TransferSyntax.ImplicitVRLittleEndian, received.TransferSyntax);
        DatasetComparison.AssertIdentical(DicomFile.Open(reference).Dataset, received.Dataset, "SC_rgb_rle.dcm against dcmdrle's");
    }

    /// <summary>Proposes the instance's SOP class with Explicit and Implicit VR Little Endian to storescp <c>+xi</c>, sends it, returns what arrived.</summary>
    private async Task<DicomFile> StoreToImplicitOnlyAsync(string path)
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var storescp = await StoreScpPeer.StartAsync(inside, "STORESCP", ["+xi", "+B"], Cancel);
        var instance = DicomInstance.Load(path);
        await using var association = await OurScuPeer.AssociateAsync(inside, storescp.Port, storescp.AeTitle,
            [PresentationContextProposal.For(instance.SopClassUid)], Cancel);

        var context = association.Find(association.ContextFor(instance.SopClassUid, instance.TransferSyntax))!;
        var response = await association.StoreAsync(instance, cancellationToken: Cancel);
        await OurScuPeer.ReleaseAsync(association, Cancel);

        Assert.Equal(TransferSyntax.ImplicitVRLittleEndian, context.TransferSyntax);
        Assert.Equal(DicomStatus.Success, response.Status);
        return OurScuPeer.ReadFile(Assert.Single(storescp.ReceivedFiles));
    }
}
