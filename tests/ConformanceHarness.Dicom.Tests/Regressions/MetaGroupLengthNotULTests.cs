using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Dicom.Tests.Regressions;

/// <summary>
/// Found by <c>DicomReaderFuzzTests</c> (charset/chrGerm.dcm, bit flips, seed 20262937): a File Meta Information
/// Group Length (0002,0000) whose VR was damaged into a string VR made the reader throw <see cref="DicomDataException"/>
/// ("cannot be read as UInt32") while checking it. It is now a warning, like a missing group length.
/// </summary>
public sealed class MetaGroupLengthNotULTests
{
    [Theory]
    [InlineData("UI", "1.2.3\0")]
    [InlineData("DS", "-1.5e9 ")]
    [InlineData("UL", "\u0001\0")]
    public void Read_GroupLengthNotUlOfFourBytes_WarnsAndReadsTheDataSet(string vr, string value)
    {
        var file = DicomFile.Read(new MemoryStream(FileWithGroupLength(vr, value)));

        Assert.Equal(TransferSyntax.ExplicitVRLittleEndian, file.TransferSyntax);
        Assert.Equal("ID", file.Dataset.GetString(DicomTags.PatientID));
        Assert.Contains(file.Warnings, warning => warning.Message.Contains("not UL of 4", StringComparison.Ordinal));
    }

    private static byte[] FileWithGroupLength(string vr, string value)
    {
        using var bytes = new MemoryStream();
        bytes.Write(new byte[128]);
        bytes.Write("DICM"u8);
        Element(bytes, 0x0002, 0x0000, vr, value);
        Element(bytes, 0x0002, 0x0010, "UI", "1.2.840.10008.1.2.1\0");
        Element(bytes, 0x0010, 0x0020, "LO", "ID");
        return bytes.ToArray();
    }

    private static void Element(MemoryStream bytes, ushort group, ushort element, string vr, string value)
    {
        bytes.Write([(byte)group, (byte)(group >> 8), (byte)element, (byte)(element >> 8), (byte)vr[0], (byte)vr[1]]);
        bytes.Write([(byte)value.Length, (byte)(value.Length >> 8)]);
        bytes.Write(System.Text.Encoding.Latin1.GetBytes(value));
    }
}
