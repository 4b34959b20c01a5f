using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Modules;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Modules;

/// <summary>file-meta-consistent: the meta's SOP Class/Instance UIDs equal the data set's; its Transfer Syntax UID is there and registered.</summary>
public sealed class FileMetaConsistentRuleTests
{
    private static DicomFile WithMeta(Action<DicomDataset> change)
    {
        var file = OntarioInstance.Build();
        change(file.FileMetaInformation);
        return file;
    }

    [Fact]
    public void Check_MediaStorageSopInstanceDiffers_IsTheOnlyFinding()
    {
        var file = WithMeta(meta => meta.AddOrUpdate(DicomVR.UI, DicomFileMetaInformation.MediaStorageSopInstanceUid, "2.25.42"));

        var finding = OntarioPack.AssertOnly(file, FileMetaConsistentRule.Name, "(0002,0003)", DicomFindingSeverity.Error);

        Assert.Equal("2.25.42", finding.Value);
    }

    [Fact]
    public void Check_MediaStorageSopClassDiffers_IsTheOnlyFinding()
    {
        var file = WithMeta(meta => meta.AddOrUpdate(DicomVR.UI, DicomFileMetaInformation.MediaStorageSopClassUid, DicomUids.MRImageStorage));

        OntarioPack.AssertOnly(file, FileMetaConsistentRule.Name, "(0002,0002)", DicomFindingSeverity.Error);
    }

    [Fact]
    public void Check_TransferSyntaxMissing_IsTheOnlyFinding()
    {
        var file = WithMeta(meta => meta.Remove(DicomFileMetaInformation.TransferSyntaxUid));

        var finding = OntarioPack.AssertOnly(file, FileMetaConsistentRule.Name, "(0002,0010)", DicomFindingSeverity.Error);

        Assert.Equal("Transfer Syntax UID is missing from the file meta", finding.Message);
    }

    [Fact]
    public void Check_TransferSyntaxUnregistered_IsAFindingOfItsOwn()
    {
        var file = WithMeta(meta => meta.AddOrUpdate(DicomVR.UI, DicomFileMetaInformation.TransferSyntaxUid, "2.25.7"));

        var finding = Assert.Single(FileMetaConsistentRule.Instance.Check(Parameters.Context(file)));

        Assert.Equal(("(0002,0010)", "'2.25.7' is not a registered transfer syntax (PS3.6 Table A-1)"), (finding.TagPath, finding.Message));
    }

    [Fact]
    public void Check_DatasetWithoutFileMeta_IsNotChecked() =>
        Assert.Empty(FileMetaConsistentRule.Instance.Check(Parameters.Context(new DicomFile(OntarioInstance.Build().Dataset))));
}
