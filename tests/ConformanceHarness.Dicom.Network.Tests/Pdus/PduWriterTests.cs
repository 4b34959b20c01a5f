using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.Pdus;

public sealed class PduWriterTests
{
    [Fact]
    public void PduWriter_NamedWrites_AreBigEndian()
    {
        var writer = new PduWriter();

        writer.WriteByte("A", 0x01);
        writer.WriteUInt16BE("B", 0x0203);
        writer.WriteUInt32BE("C", 0x04050607);
        writer.WriteZeros("Reserved", 2);

        Assert.Equal(Wire.Bytes("01 02 03 04 05 06 07 00 00"), writer.WrittenMemory.ToArray());
    }

    [Fact]
    public void PduWriter_WriteAeTitle_PadsWithSpacesTo16()
    {
        var writer = new PduWriter();

        writer.WriteAeTitle("Calling-AE-title", "ECHOSCU");

        Assert.Equal(Wire.Bytes("'ECHOSCU         '"), writer.WrittenMemory.ToArray());
    }

    [Fact]
    public void PduWriter_WriteLengthPrefixed16_BackFillsTheLength()
    {
        var writer = new PduWriter();

        writer.WriteLengthPrefixed16("Item-length", inner => inner.WriteAscii("Name", "1.2.3"));

        Assert.Equal(Wire.Bytes("00 05 '1.2.3'"), writer.WrittenMemory.ToArray());
    }

    [Fact]
    public void PduWriter_ValueTooLongForItsLengthField_ThrowsNamingTheField()
    {
        var writer = new PduWriter();

        var error = Assert.Throws<ArgumentException>(
            () => writer.WriteLengthPrefixed16("Item-length", inner => inner.WriteZeros("Value", 65536)));

        Assert.Equal("Item-length", error.ParamName);
    }
}
