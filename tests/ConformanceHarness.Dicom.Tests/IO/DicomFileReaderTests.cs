using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Tests.Helpers;

namespace ConformanceHarness.Dicom.Tests.IO;

public sealed class DicomFileReaderTests
{
    [Fact]
    public void Open_UNWithUndefinedLength_ReadsImplicitSequenceWithWarning()
    {
        var file = DicomFile.Open(DicomCorpus.Require("nested_priv_SQ.dcm"));

        var outer = file.Dataset.GetSequence(new DicomTag(0x0001, 0x0001));
        var inner = Assert.Single(outer.Items).GetSequence(new DicomTag(0x0001, 0x0001));
        var value = Assert.Single(inner.Items).GetElement(new DicomTag(0x0001, 0x0001));
        Assert.Equal("Double Nested SQ", System.Text.Encoding.ASCII.GetString(value.Bytes.Span));
        Assert.Contains(file.Warnings, w => w.Tag == new DicomTag(0x0001, 0x0001) && w.Message.Contains("CP-246", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_MetaWithoutGroupLength_ReadsWithWarning()
    {
        var file = DicomFile.Open(DicomCorpus.Require("no_meta_group_length.dcm"));

        Assert.Equal(TransferSyntax.ImplicitVRLittleEndian, file.TransferSyntax);
        Assert.Equal("ORIGINAL\\PRIMARY\\PORTAL", file.Dataset.GetString(DicomTags.ImageType));
        Assert.Contains(file.Warnings, w => w.Tag == new DicomTag(0x0002, 0x0000));
    }

    [Fact]
    public void Open_ImplicitDataSetUnderExplicitSyntax_DetectsItAndWarns()
    {
        var file = DicomFile.Open(DicomCorpus.Require("SC_rgb_jpeg.dcm"));

        Assert.Equal(TransferSyntax.JpegBaseline8Bit, file.TransferSyntax);
        Assert.Equal("DERIVED", file.Dataset.GetStrings(DicomTags.ImageType)[0]);
        Assert.IsType<DicomFragmentSequence>(file.Dataset.GetItem(DicomTags.PixelData));
        Assert.Contains(file.Warnings, w => w.Message.Contains("implicit VR", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_Deflated_InflatesDataSet()
    {
        var file = DicomFile.Open(DicomCorpus.Require("image_dfl.dcm"));

        Assert.True(file.TransferSyntax.IsDeflated);
        Assert.True(file.Dataset.Contains(DicomTags.PixelData));
    }

    [Fact]
    public void Open_BigEndian_DecodesNumbers()
    {
        var big = DicomFile.Open(DicomCorpus.Require("MR_small_bigendian.dcm")).Dataset;
        var little = DicomFile.Open(DicomCorpus.Require("MR_small.dcm")).Dataset;

        Assert.Equal(little.GetSingleValue<ushort>(DicomTags.Rows), big.GetSingleValue<ushort>(DicomTags.Rows));
        Assert.Equal(little.GetValues<ushort>(DicomTags.PixelData), big.GetValues<ushort>(DicomTags.PixelData));
    }

    [Fact]
    public void Read_HeaderOnly_StopsBeforePixelData()
    {
        var file = DicomFile.Open(DicomCorpus.Require("CT_small.dcm"), DicomReadOptions.HeaderOnly);

        Assert.False(file.Dataset.Contains(DicomTags.PixelData));
        Assert.True(file.Dataset.Contains(DicomTags.Rows));
    }

    [Fact]
    public void Read_StopAfter_KeepsTheTagAndNothingLater()
    {
        var file = DicomFile.Open(DicomCorpus.Require("CT_small.dcm"), DicomReadOptions.StopAfter(DicomTags.PatientName));

        Assert.True(file.Dataset.Contains(DicomTags.PatientName));
        Assert.All(file.Dataset, item => Assert.True(item.Tag.CompareTo(DicomTags.PatientName) <= 0));
    }

    [Fact]
    public void Read_BareDataSetWithoutPreamble_ProbesSyntax()
    {
        var source = DicomFile.Open(DicomCorpus.Require("MR_small.dcm"));
        using var bare = new MemoryStream();
        new DicomDatasetWriter(bare, TransferSyntax.ImplicitVRLittleEndian).Write(source.Dataset);
        bare.Position = 0;

        var file = DicomFile.Read(bare);

        Assert.Equal(TransferSyntax.ImplicitVRLittleEndian, file.TransferSyntax);
        DatasetAssert.Equal(source.Dataset, file.Dataset, compareVR: false);
        Assert.Contains(file.Warnings, w => w.Message.Contains("no preamble", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OddLengthAndNonStandardVR_WarnLikeDcmtk()
    {
        var bytes = Convert.FromHexString("100010007A7A0300414243" + "10002000" + "4C4F" + "0200" + "4142");

        var dataset = DicomDatasetReader.Read(new MemoryStream(bytes), TransferSyntax.ExplicitVRLittleEndian, null, out var warnings);

        Assert.Equal(2, dataset.Count);
        Assert.Equal(DicomVR.PN, dataset.GetItem(DicomTags.PatientName).VR);
        Assert.Equal("ABC", dataset.GetString(DicomTags.PatientName));
        Assert.Contains(warnings, w => w.Message.Contains("non-standard VR 'zz'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("odd", StringComparison.Ordinal));
    }
}
