using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.Pdus;

public sealed class AAssociateACTests
{
    public static TheoryData<PresentationContextResultReason, string> Results => new()
    {
        { PresentationContextResultReason.Acceptance, "00" },
        { PresentationContextResultReason.UserRejection, "01" },
        { PresentationContextResultReason.NoReason, "02" },
        { PresentationContextResultReason.AbstractSyntaxNotSupported, "03" },
        { PresentationContextResultReason.TransferSyntaxesNotSupported, "04" },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void PresentationContextResult_Write_EncodesResultReason(PresentationContextResultReason result, string code)
    {
        var writer = new PduWriter();

        new PresentationContextResult(7, result, "1.2").Write(writer);

        Assert.Equal(Wire.Bytes($"21 00 00 0B 07 00 {code} 00 40 00 00 03 '1.2'"), writer.WrittenMemory.ToArray());
    }

    [Theory]
    [MemberData(nameof(Results))]
    public void PresentationContextResult_Read_DecodesResultReason(PresentationContextResultReason result, string code) =>
        Assert.Equal(new PresentationContextResult(7, result, "1.2"),
            PresentationContextResult.Read(new PduReader("A-ASSOCIATE-AC", Wire.Bytes($"07 00 {code} 00 40 00 00 03 '1.2'"))));

    [Fact]
    public void AAssociateAC_ReadUidWithNulPad_DropsThePad()
    {
        var bytes = Wire.Bytes(PduTables.EchoscuACBytes.Replace("52 00 00 05 '1.2.3'", "52 00 00 06 '1.2.3' 00")
            .Replace("50 00 00 11", "50 00 00 12").Replace("00 00 00 8F", "00 00 00 90"));

        Assert.Equal(PduTables.EchoscuAC, Pdu.Decode(bytes));
    }

    [Fact]
    public void AAssociateAC_ResultWithoutTransferSyntax_ThrowsNamingTheSubItem()
    {
        var error = Assert.Throws<PduFormatException>(
            () => PresentationContextResult.Read(new PduReader("A-ASSOCIATE-AC", Wire.Bytes("01 00 03 00"), 78)));

        Assert.Equal("A-ASSOCIATE-AC: field 'Transfer-syntax-sub-item' at offset 82 is missing", error.Message);
    }
}
