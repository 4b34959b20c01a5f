using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Tests.Dimse;

public sealed partial class DimseCommandCodecTests
{
    [Theory]
    [InlineData(DimseCommandField.CEchoRequest, 0x0002)]
    [InlineData(DimseCommandField.CEchoRequest, 0x0110)]
    [InlineData(DimseCommandField.CEchoRequest, 0x0800)]
    [InlineData(DimseCommandField.CEchoResponse, 0x0120)]
    [InlineData(DimseCommandField.CEchoResponse, 0x0900)]
    [InlineData(DimseCommandField.CStoreRequest, 0x1000)]
    [InlineData(DimseCommandField.CStoreRequest, 0x0700)]
    [InlineData(DimseCommandField.CMoveRequest, 0x0600)]
    [InlineData(DimseCommandField.CCancelRequest, 0x0120)]
    [InlineData(DimseCommandField.NActionRequest, 0x1008)]
    [InlineData(DimseCommandField.NActionRequest, 0x0003)]
    [InlineData(DimseCommandField.NEventReportRequest, 0x1002)]
    public void Decode_MissingRequiredElement_ThrowsNamingIt(DimseCommandField field, ushort element)
    {
        var command = DimseCommandCodec.Decode(SampleMessages.Encoded(field)).Command;
        var tag = new DicomTag(0x0000, element);
        command.Remove(tag);

        var error = Assert.Throws<DimseFormatException>(() => DimseCommandCodec.Decode(command));

        Assert.Equal(tag, error.Element);
        Assert.Contains(tag.ToString(), error.Message);
    }

    [Fact]
    public void Decode_MissingCommandField_Throws()
    {
        var bytes = new CommandSetBytes().UI(0x0002, "1.2.840.10008.1.1").US(0x0110, 1).US(0x0800, 0x0101).Build();

        var error = Assert.Throws<DimseFormatException>(() => DimseCommandCodec.Decode(bytes));

        Assert.Equal(DicomTags.CommandField, error.Element);
    }

    [Fact]
    public void Decode_UnsupportedCommandField_ThrowsQuotingTheValue()
    {
        var bytes = new CommandSetBytes().US(0x0100, 0x0777).US(0x0800, 0x0101).Build();

        var error = Assert.Throws<DimseFormatException>(() => DimseCommandCodec.Decode(bytes));

        Assert.Contains("0x0777", error.Message);
    }

    [Fact]
    public void Decode_MistypedMessageID_ThrowsNamingIt()
    {
        var command = new CEchoRequest(1).Command;
        command.AddOrUpdate<ushort>(DicomTags.MessageID, 1, 2);

        var error = Assert.Throws<DimseFormatException>(() => DimseCommandCodec.Decode(command));

        Assert.Equal(DicomTags.MessageID, error.Element);
    }

    [Fact]
    public void Decode_TruncatedBytes_ThrowsDimseFormatException() =>
        Assert.Throws<DimseFormatException>(() => DimseCommandCodec.Decode(EchoscuEcho.AsMemory(0, EchoscuEcho.Length - 1)));
}
