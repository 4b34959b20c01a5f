using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Dicom.Tests.Regressions;

/// <summary>
/// Found by <c>DicomReaderFuzzTests</c> (image_dfl.dcm, bit flips, seed 20261327): a damaged deflate stream
/// escaped the reader as <see cref="InvalidDataException"/> from the inflater instead of a <see cref="DicomFormatException"/>.
/// </summary>
public sealed class CorruptDeflatedDataSetTests
{
    [Fact]
    public void Read_DeflatedSyntaxWithCorruptStream_ThrowsDicomFormatExceptionWithOffset()
    {
        var file = DeflatedFile([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);

        var error = Assert.Throws<DicomFormatException>(() => DicomFile.Read(new MemoryStream(file)));

        Assert.Contains("the deflated data set is corrupt", error.Message, StringComparison.Ordinal);
        Assert.Equal(DeflatedFile([]).Length, error.Offset);
        Assert.IsType<InvalidDataException>(error.InnerException);
    }

    /// <summary>Preamble, "DICM", (0002,0010) = Deflated Explicit VR Little Endian, then <paramref name="body"/>.</summary>
    private static byte[] DeflatedFile(byte[] body)
    {
        using var bytes = new MemoryStream();
        bytes.Write(new byte[128]);
        bytes.Write("DICM"u8);
        bytes.Write([0x02, 0x00, 0x10, 0x00, (byte)'U', (byte)'I', 22, 0]);
        bytes.Write("1.2.840.10008.1.2.1.99"u8);
        bytes.Write(body);
        return bytes.ToArray();
    }
}
