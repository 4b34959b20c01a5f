using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.Pdus;

public sealed class UserInformationTests
{
    public static TheoryData<string, UserInformationSubItem, string> SubItems => new()
    {
        { "D.1-1", new MaximumLengthSubItem(0x0001_0000), "51 00 00 04 00 01 00 00" },
        { "D.3-1", new ImplementationClassUidSubItem("1.2.3.4"), "52 00 00 07 '1.2.3.4'" },
        { "D.3-7", new AsynchronousOperationsWindowSubItem(5, 0), "53 00 00 04 00 05 00 00" },
        { "D.3-9", new ScpScuRoleSelectionSubItem("1.2.840.10008.5.1.4.1.1.2", 0, 1),
            "54 00 00 1D 00 19 '1.2.840.10008.5.1.4.1.1.2' 00 01" },
        { "D.3-3", new ImplementationVersionNameSubItem("HARNESS_1"), "55 00 00 09 'HARNESS_1'" },
        { "D.3-11", new SopClassExtendedNegotiationSubItem("1.2.3", [0x01, 0x00, 0x01]), "56 00 00 0A 00 05 '1.2.3' 01 00 01" },
        { "D.3-12", new SopClassCommonExtendedNegotiationSubItem("1.2.3", "1.2.4", ["1.2.5", "1.2.66"]),
            "57 00 00 1F 00 05 '1.2.3' 00 05 '1.2.4' 00 0F 00 05 '1.2.5' 00 06 '1.2.66'" },
        { "D.3-14", new UserIdentityRequestSubItem(UserIdentityType.UsernameAndPasscode, true, [.. "ann"u8], [.. "pw"u8]),
            "58 00 00 0B 02 01 00 03 'ann' 00 02 'pw'" },
        { "D.3-14 (no secondary)", new UserIdentityRequestSubItem(UserIdentityType.Username, false, [.. "bob"u8], []),
            "58 00 00 09 01 00 00 03 'bob' 00 00" },
        { "D.3-15", new UserIdentityResponseSubItem([0xCA, 0xFE]), "59 00 00 04 00 02 CA FE" },
        { "unknown 0x7F", new UnknownSubItem(0x7F, [0x01, 0x02, 0x03]), "7F 00 00 03 01 02 03" },
    };

    [Theory]
    [MemberData(nameof(SubItems))]
    public void UserInformation_Write_EncodesSubItem(string table, UserInformationSubItem subItem, string bytes)
    {
        var writer = new PduWriter();

        new UserInformation([subItem]).Write(writer);

        Assert.Equal(WithItemHeader(bytes), writer.WrittenMemory.ToArray());
        Assert.NotEmpty(table);
    }

    [Theory]
    [MemberData(nameof(SubItems))]
    public void UserInformation_Read_DecodesSubItem(string table, UserInformationSubItem subItem, string bytes)
    {
        var read = UserInformation.Read(new PduReader("A-ASSOCIATE-RQ", Wire.Bytes(bytes)));

        Assert.Equal(new UserInformation([subItem]), read);
        Assert.NotEmpty(table);
    }

    [Fact]
    public void UserInformation_UnknownSubItemInsideAnRQ_RoundTripsByteForByte()
    {
        var rq = PduTables.EchoscuRQ with
        {
            UserInformation = new UserInformation([new MaximumLengthSubItem(0), new UnknownSubItem(0xE0, [.. "vendor"u8])]),
        };

        var decoded = Assert.IsType<AAssociateRQ>(Pdu.Decode(rq.Encode()));

        Assert.Equal(rq, decoded);
        Assert.Equal(rq.Encode(), decoded.Encode());
        Assert.Equal(new UnknownSubItem(0xE0, [.. "vendor"u8]), decoded.UserInformation!.Find<UnknownSubItem>());
    }

    [Fact]
    public void UserInformation_SubItemLongerThanItsFields_ThrowsNamingItemLength()
    {
        var error = Assert.Throws<PduFormatException>(
            () => UserInformation.Read(new PduReader("A-ASSOCIATE-RQ", Wire.Bytes("51 00 00 05 00 00 40 00 FF"), 74)));

        Assert.Equal("A-ASSOCIATE-RQ: field 'Item-length' at offset 82 leaves 1 bytes of sub-item 0x51 unread", error.Message);
    }

    [Fact]
    public void UserInformation_RoleSelectionUidLengthTooLong_ThrowsNamingTheUid()
    {
        var error = Assert.Throws<PduFormatException>(
            () => UserInformation.Read(new PduReader("A-ASSOCIATE-AC", Wire.Bytes("54 00 00 05 00 09 '1.2'"))));

        Assert.Equal("A-ASSOCIATE-AC: field 'SOP-class-uid' at offset 6 needs 9 bytes, 3 remain", error.Message);
    }

    private static byte[] WithItemHeader(string subItem)
    {
        var value = Wire.Bytes(subItem);
        return [0x50, 0x00, (byte)(value.Length >> 8), (byte)value.Length, .. value];
    }
}
