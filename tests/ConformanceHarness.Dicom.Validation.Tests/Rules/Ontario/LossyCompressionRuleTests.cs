using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Ontario;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Ontario;

/// <summary>lossy-compression: Lossy Image Compression, its ratio and method tell the truth about the transfer syntax.</summary>
public sealed class LossyCompressionRuleTests
{
    /// <summary>The conformant instance with its file meta naming JPEG Baseline, after <paramref name="change"/>.</summary>
    private static DicomFile AsJpegBaseline(Action<DicomDataset> change)
    {
        var file = OntarioInstance.Build(change);
        file.FileMetaInformation.AddOrUpdate(DicomVR.UI, DicomFileMetaInformation.TransferSyntaxUid, DicomUids.JPEGBaseline8Bit);
        return file;
    }

    private static DicomDataset Lossy(DicomDataset d, string ratio, string method) =>
        d.AddOrUpdate(DicomTags.LossyImageCompression, "01").AddOrUpdate(DicomTags.LossyImageCompressionRatio, ratio)
            .AddOrUpdate(DicomTags.LossyImageCompressionMethod, method);

    [Fact]
    public void Check_JpegBaselineFlaggedAndDescribed_Passes() =>
        Assert.Empty(OntarioPack.Findings(AsJpegBaseline(d => Lossy(d, "10", "ISO_10918_1"))));

    [Fact]
    public void Check_JpegBaselineWithoutTheFlag_IsTheOnlyFinding()
    {
        var finding = OntarioPack.AssertOnly(AsJpegBaseline(_ => { }), LossyCompressionRule.Name, "(0028,2110)", DicomFindingSeverity.Error);

        Assert.Equal("transfer syntax 1.2.840.10008.1.2.4.50 is lossy, but Lossy Image Compression is absent or empty, not '01'", finding.Message);
    }

    [Fact]
    public void Check_FlaggedWithoutRatio_IsTheOnlyFinding() =>
        OntarioPack.AssertOnly(OntarioInstance.Build(d => Lossy(d, "10", "ISO_10918_1").Remove(DicomTags.LossyImageCompressionRatio)),
            LossyCompressionRule.Name, "(0028,2112)", DicomFindingSeverity.Error);

    [Fact]
    public void Check_FlaggedWithoutMethod_IsTheOnlyFinding() =>
        OntarioPack.AssertOnly(OntarioInstance.Build(d => Lossy(d, "10", "ISO_10918_1").Remove(DicomTags.LossyImageCompressionMethod)),
            LossyCompressionRule.Name, "(0028,2114)", DicomFindingSeverity.Error);

    [Fact]
    public void Check_OneMethodForTwoRatios_IsTheOnlyFinding()
    {
        var file = OntarioInstance.Build(d => Lossy(d, "10", "ISO_10918_1").AddOrUpdate(DicomTags.LossyImageCompressionRatio, "10", "2"));

        var finding = OntarioPack.AssertOnly(file, LossyCompressionRule.Name, "(0028,2114)", DicomFindingSeverity.Error);

        Assert.Equal("expected one method per ratio (2), but received 1", finding.Message);
    }

    [Fact]
    public void Check_MethodOtherThanTheTransferSyntaxImplies_IsTheOnlyFinding()
    {
        var finding = OntarioPack.AssertOnly(AsJpegBaseline(d => Lossy(d, "10", "ISO_15444_1")), LossyCompressionRule.Name, "(0028,2114)", DicomFindingSeverity.Error);

        Assert.Equal("ISO_15444_1", finding.Value);
    }

    [Fact]
    public void Check_FlaggedAndStoredLossless_Passes() => Assert.Empty(OntarioPack.Findings(OntarioInstance.Build(d => Lossy(d, "10", "ISO_10918_1"))));
}
