using ConformanceHarness.Dicom.Imaging;

namespace ConformanceHarness.Dicom.Tests.Imaging;

/// <summary>PS3.5 Annex G on hand-made segments: literal runs, replicate runs, the -128 no-op, header checks and byte placement.</summary>
public sealed class RleDecoderTests
{
    private static PixelDataLayout Layout(int rows, int columns, int samples = 1, int bits = 8, int planar = 0) =>
        new(rows, columns, samples, bits, planar, 1, samples == 1 ? "MONOCHROME2" : "RGB");

    [Fact]
    public void DecodeSegment_LiteralReplicateAndNoOp_ExpandsPackBits()
    {
        var output = new byte[8];

        RleDecoder.DecodeSegment([0x02, 1, 2, 3, 0x80, 0xFD, 9, 0x00, 7], 0, output);

        Assert.Equal(new byte[] { 1, 2, 3, 9, 9, 9, 9, 7 }, output);
    }

    [Fact]
    public void DecodeSegment_PaddingAfterLastRun_IsIgnored()
    {
        var output = new byte[3];

        RleDecoder.DecodeSegment([0xFE, 5, 0x00], 0, output);

        Assert.Equal(new byte[] { 5, 5, 5 }, output);
    }

    [Fact]
    public void DecodeSegment_EndsEarly_ThrowsWithOffset()
    {
        var error = Assert.Throws<DicomFormatException>(() => RleDecoder.DecodeSegment([0x01, 4, 4], 100, new byte[4]));

        Assert.Equal(103, error.Offset);
    }

    [Fact]
    public void DecodeSegment_LiteralPastSegmentEnd_Throws() =>
        Assert.Throws<DicomFormatException>(() => RleDecoder.DecodeSegment([0x05, 1, 2], 0, new byte[6]));

    [Fact]
    public void Decode_TwoSamples16Bit_PlacesMostSignificantSegmentHigh()
    {
        var fragment = Fragment([0x01, 0x12, 0x34], [0x01, 0x56, 0x78], [0x01, 0x9A, 0xBC], [0x01, 0xDE, 0xF0]);
        var frame = new byte[8];

        RleDecoder.Decode(fragment, Layout(1, 2, samples: 2, bits: 16), frame);

        Assert.Equal(new byte[] { 0x56, 0x12, 0xDE, 0x9A, 0x78, 0x34, 0xF0, 0xBC }, frame);
    }

    [Fact]
    public void Decode_PlanarConfigurationOne_KeepsPlanes()
    {
        var fragment = Fragment([0xFF, 1], [0xFF, 2], [0xFF, 3]);
        var frame = new byte[6];

        RleDecoder.Decode(fragment, Layout(1, 2, samples: 3, planar: 1), frame);

        Assert.Equal(new byte[] { 1, 1, 2, 2, 3, 3 }, frame);
    }

    [Fact]
    public void Decode_SegmentCountDisagreesWithDataSet_Throws() =>
        Assert.Throws<DicomFormatException>(() => RleDecoder.Decode(Fragment([0xFF, 1]), Layout(1, 2, samples: 3), new byte[6]));

    [Fact]
    public void Decode_ShortHeader_Throws() =>
        Assert.Throws<DicomFormatException>(() => RleDecoder.Decode(new byte[10], Layout(1, 1), new byte[1]));

    /// <summary>An RLE Header (segment count, 15 offsets) followed by the segments.</summary>
    private static byte[] Fragment(params byte[][] segments)
    {
        var header = new byte[64];
        BitConverter.TryWriteBytes(header.AsSpan(0), segments.Length);
        var offset = 64;
        for (var i = 0; i < segments.Length; i++)
        {
            BitConverter.TryWriteBytes(header.AsSpan(4 + i * 4), offset);
            offset += segments[i].Length;
        }
        return [.. header, .. segments.SelectMany(segment => segment)];
    }
}
