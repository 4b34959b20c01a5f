using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.Pdus;

public sealed class PDataTFTests
{
    public static TheoryData<bool, bool, string> ControlHeaders => new()
    {
        { false, false, "00" },
        { true, false, "01" },
        { false, true, "02" },
        { true, true, "03" },
    };

    [Theory]
    [MemberData(nameof(ControlHeaders))]
    public void PDataTF_Write_EncodesMessageControlHeader(bool isCommand, bool isLast, string header) =>
        Assert.Equal(Wire.Bytes($"04 00 00 00 00 07 00 00 00 03 05 {header} 42"),
            new PDataTF([new PresentationDataValue(5, isCommand, isLast, [0x42])]).Encode());

    [Theory]
    [MemberData(nameof(ControlHeaders))]
    public void PDataTF_Read_DecodesMessageControlHeader(bool isCommand, bool isLast, string header) =>
        Assert.Equal(new PDataTF([new PresentationDataValue(5, isCommand, isLast, [0x42])]),
            Pdu.Decode(Wire.Bytes($"04 00 00 00 00 07 00 00 00 03 05 {header} 42")));

    [Fact]
    public void PDataTF_TwoValues_RoundTrip()
    {
        var pdu = new PDataTF([new PresentationDataValue(1, true, true, [1, 2]), new PresentationDataValue(3, false, false, [])]);
        var bytes = Wire.Bytes("04 00 00 00 00 0E 00 00 00 04 01 03 01 02 00 00 00 02 03 00");

        Assert.Equal(bytes, pdu.Encode());
        Assert.Equal(pdu, Pdu.Decode(bytes));
    }

    [Fact]
    public void PDataTF_ItemLengthBelowTwo_ThrowsNamingItemLength()
    {
        var error = Assert.Throws<PduFormatException>(() => Pdu.Decode(Wire.Bytes("04 00 00 00 00 05 00 00 00 01 05")));

        Assert.Equal("P-DATA-TF: field 'Item-length' at offset 10 is 1; a PDV needs at least 2", error.Message);
    }

    [Fact]
    public void PDataTF_EmptyBody_ThrowsNamingTheMissingItem()
    {
        var error = Assert.Throws<PduFormatException>(() => Pdu.Decode(Wire.Bytes("04 00 00 00 00 00")));

        Assert.Equal("Presentation-data-value-item", error.Field);
    }

    [Fact]
    public void PDataTF_Decode_CopiesFragments_SoLaterChangesToTheBytesDoNotShow()
    {
        var bytes = Wire.Bytes("04 00 00 00 00 08 00 00 00 04 01 02 0A 0B");
        var pdu = (PDataTF)Pdu.Decode(bytes);

        bytes[12] = 0xFF;

        Assert.Equal([0x0A, 0x0B], pdu.Values[0].Fragment);
    }

    [Fact]
    public async Task PDataTF_ReadAsync_SlicesFragmentsOutOfTheBodyItRead()
    {
        var bytes = Wire.Bytes("04 00 00 00 00 0F 00 00 00 04 01 03 01 02 00 00 00 03 03 00 09 04 00 00 00 00 06 00 00 00 02 05 02");
        using var stream = new MemoryStream(bytes);

        var first = await Pdu.ReadAsync(stream, 1024, TestContext.Current.CancellationToken);
        var second = await Pdu.ReadAsync(stream, 1024, TestContext.Current.CancellationToken);

        Assert.Equal(new PDataTF([new PresentationDataValue(1, true, true, [1, 2]), new PresentationDataValue(3, false, false, [9])]), first);
        Assert.Equal(new PDataTF([new PresentationDataValue(5, false, true, [])]), second);
        Assert.Equal(first!.GetHashCode(), Pdu.Decode(bytes.AsMemory(0, 21)).GetHashCode());
    }
}
