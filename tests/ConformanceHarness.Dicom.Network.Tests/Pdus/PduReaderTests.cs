using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.Pdus;

public sealed class PduReaderTests
{
    [Fact]
    public void PduReader_NamedReads_AreBigEndianAndAdvance()
    {
        var reader = new PduReader("P-DATA-TF", Wire.Bytes("01 02 03 04 05 06 07 08 09"), 6);

        Assert.Equal((byte)0x01, reader.ReadByte("A"));
        Assert.Equal((ushort)0x0203, reader.ReadUInt16BE("B"));
        Assert.Equal(0x04050607u, reader.ReadUInt32BE("C"));
        Assert.Equal((13, 2), (reader.Offset, reader.Remaining));
    }

    [Fact]
    public void PduReader_ReadAeTitle_TrimsSpacePadding() =>
        Assert.Equal("STORESCP", new PduReader("A-ASSOCIATE-RQ", Wire.Bytes("20 'STORESCP' 20 20 20 20 20 20 20")).ReadAeTitle("Called-AE-title"));

    [Fact]
    public void PduReader_ReadPastTheEnd_ThrowsWithPduFieldAndOffset()
    {
        var reader = new PduReader("A-ASSOCIATE-RJ", Wire.Bytes("00 01 01"), 6);
        reader.Skip("Reserved", 1);
        reader.ReadByte("Result");
        reader.ReadByte("Source");

        var error = Assert.Throws<PduFormatException>(() => reader.ReadByte("Reason"));

        Assert.Equal("A-ASSOCIATE-RJ: field 'Reason' at offset 9 needs 1 byte, 0 remain", error.Message);
        Assert.Equal(("A-ASSOCIATE-RJ", "Reason", 9), (error.Pdu, error.Field, error.Offset));
    }

    [Fact]
    public void PduReader_Slice_KeepsOffsetsRelativeToThePdu()
    {
        var slice = new PduReader("A-ABORT", Wire.Bytes("AA BB CC"), 6).Slice("Value", 2);

        Assert.Equal(6, slice.Offset);
        slice.Skip("Value", 2);
        Assert.Equal(8, Assert.Throws<PduFormatException>(() => slice.ReadByte("Next")).Offset);
    }
}
