using ConformanceHarness.Dicom.Imaging;
using ConformanceHarness.Dicom.Imaging.Jpeg;
using ConformanceHarness.Dicom.Tests.Helpers;

namespace ConformanceHarness.Dicom.Tests.Imaging;

/// <summary>The baseline decoder on the corpus JPEG, and hostile streams that must fail with a reason and an offset.</summary>
public sealed class JpegDecoderTests
{
    [Fact]
    public void Decode_CorpusBaselineFrame_HasDataSetGeometry()
    {
        var image = JpegDecoder.Decode(CorpusJpeg());

        Assert.Equal((256, 256, 3), (image.Width, image.Height, image.Components));
    }

    [Fact]
    public void Decode_TruncatedEntropyData_ThrowsWithOffset()
    {
        var jpeg = CorpusJpeg();

        var error = Assert.Throws<DicomFormatException>(() => JpegDecoder.Decode(jpeg.AsSpan(0, jpeg.Length / 2)));

        Assert.NotNull(error.Offset);
    }

    [Fact]
    public void Decode_NoStartOfImage_Throws() =>
        Assert.Throws<DicomFormatException>(() => JpegDecoder.Decode([0x00, 0x01, 0x02]));

    [Fact]
    public void Decode_SegmentLengthPastEnd_Throws()
    {
        var error = Assert.Throws<DicomFormatException>(() => JpegDecoder.Decode([0xFF, 0xD8, 0xFF, 0xDB, 0xFF, 0xF0, 0x00]));

        Assert.Contains("segment length", error.Message);
    }

    [Fact]
    public void Decode_ProgressiveFrame_IsRefused()
    {
        var error = Assert.Throws<DicomFormatException>(() => JpegDecoder.Decode([0xFF, 0xD8, 0xFF, 0xC2, 0x00, 0x02, 0xFF, 0xD9]));

        Assert.Contains("FFC2", error.Message);
    }

    [Fact]
    public void Decode_FrameLargerThanExpected_IsRefusedBeforeAllocation() =>
        Assert.Throws<DicomFormatException>(() => JpegDecoder.Decode(CorpusJpeg(), maxSamples: 1000));

    [Fact]
    public void Decode_EveryPrefix_FailsCleanlyOrDecodes()
    {
        var jpeg = CorpusJpeg();
        for (var length = 0; length < jpeg.Length; length += 97)
        {
            try { JpegDecoder.Decode(jpeg.AsSpan(0, length)); }
            catch (DicomFormatException) { }
        }
    }

    internal static byte[] CorpusJpeg()
    {
        var file = DicomFile.Open(DicomCorpus.Require("SC_rgb_jpeg.dcm"));
        var pixelData = Assert.IsType<DicomFragmentSequence>(file.Dataset.GetItem(DicomTags.PixelData));
        return EncapsulatedFrames.Split(pixelData, file.Dataset, 1)[0];
    }
}
