using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.Pdus;

public sealed class AAssociateRQTests
{
    [Theory]
    [InlineData(0, "Protocol-version", 6, "needs 2 bytes, 0 remain")]
    [InlineData(1, "Protocol-version", 6, "needs 2 bytes, 1 remain")]
    [InlineData(3, "Reserved", 8, "needs 2 bytes, 1 remain")]
    [InlineData(4, "Called-AE-title", 10, "needs 16 bytes, 0 remain")]
    [InlineData(35, "Calling-AE-title", 26, "needs 16 bytes, 15 remain")]
    [InlineData(67, "Reserved", 42, "needs 32 bytes, 31 remain")]
    [InlineData(68, "Application-context-item", 74, "is missing")]
    [InlineData(69, "Reserved", 75, "needs 1 byte, 0 remain")]
    [InlineData(71, "Item-length", 76, "needs 2 bytes, 1 remain")]
    [InlineData(80, "Item 0x10 value", 78, "needs 21 bytes, 8 remain")]
    public void AAssociateRQ_ReadShortBody_NamesTheField(int bodyLength, string field, int offset, string problem)
    {
        var body = Wire.Bytes(PduTables.EchoscuRQBytes)[6..].AsSpan(0, bodyLength);
        byte[] bytes = [0x01, 0x00, 0x00, 0x00, 0x00, (byte)bodyLength, .. body];

        var error = Assert.Throws<PduFormatException>(() => Pdu.Decode(bytes));

        Assert.Equal($"A-ASSOCIATE-RQ: field '{field}' at offset {offset} {problem}", error.Message);
    }

    [Fact]
    public void AAssociateRQ_ReadEchoscu_ExposesTheNegotiation()
    {
        var rq = Assert.IsType<AAssociateRQ>(Pdu.Decode(Wire.Bytes(PduTables.EchoscuRQBytes)));

        Assert.Equal(("ANY-SCP", "ECHOSCU", (ushort)1), (rq.CalledAeTitle, rq.CallingAeTitle, rq.ProtocolVersion));
        Assert.Equal([PduTables.ImplicitVrLittleEndian], rq.PresentationContexts[0].TransferSyntaxes);
        Assert.Equal(16384u, rq.UserInformation!.Find<MaximumLengthSubItem>()!.MaximumLength);
    }

    [Fact]
    public void AAssociateRQ_ReadPresentationContextWithResultItem_ThrowsNamingItemType()
    {
        var rq = PduTables.EchoscuRQ with { UserInformation = null };
        var bytes = rq.Encode();
        bytes[6 + 68 + 25 + 8] = 0x21;

        var error = Assert.Throws<PduFormatException>(() => Pdu.Decode(bytes));

        Assert.Equal("A-ASSOCIATE-RQ: field 'Item-type' at offset 107 has value 0x21, which is not allowed in a presentation context item (20H)", error.Message);
    }

    [Fact]
    public void AAssociateRQ_WriteAeTitleLongerThan16_ThrowsNamingTheField()
    {
        var rq = PduTables.EchoscuRQ with { CalledAeTitle = "SEVENTEEN-CHARSXX" };

        var error = Assert.Throws<ArgumentException>(rq.Encode);

        Assert.Equal("Called-AE-title", error.ParamName);
    }
}
