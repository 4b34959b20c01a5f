using ConformanceHarness.Dicom.Json;

namespace ConformanceHarness.Dicom.Tests.Json;

public sealed class DicomJsonWriterTests
{
    private static readonly DicomTag Tag = new(0x0009, 0x1001);

    /// <summary>One row per VR: the value bytes (little endian) and the JSON the attribute must become, PS3.18 Table F.2.3-1.</summary>
    public static TheoryData<string, string, string> EveryVR => new()
    {
        { "AE", "53746F726553435020", """{"vr":"AE","Value":["StoreSCP"]}""" },
        { "AS", "30343559", """{"vr":"AS","Value":["045Y"]}""" },
        { "AT", "100010002000", """{"vr":"AT","Value":["00100010"]}""" },
        { "CS", "4F5249474E414C5C205052494D4152", """{"vr":"CS","Value":["ORIGNAL","PRIMAR"]}""" },
        { "DA", "3230323430313031", """{"vr":"DA","Value":["20240101"]}""" },
        { "DS", "2B2E355C3030312E3230453320", """{"vr":"DS","Value":[0.5,1.20E3]}""" },
        { "DT", "3230323430313031313230302B30353030", """{"vr":"DT","Value":["202401011200+0500"]}""" },
        { "FD", "000000000000F83F", """{"vr":"FD","Value":[1.5]}""" },
        { "FL", "0000C0BF", """{"vr":"FL","Value":[-1.5]}""" },
        { "IS", "2D3132205C3030303720", """{"vr":"IS","Value":[-12,7]}""" },
        { "LO", "4C6F6E6720537472696E6720", """{"vr":"LO","Value":["Long String"]}""" },
        { "LT", "20204C696E6520315C6E6F742073706C6974", """{"vr":"LT","Value":["  Line 1\\not split"]}""" },
        { "OB", "0102", """{"vr":"OB","InlineBinary":"AQI="}""" },
        { "OD", "000000000000F03F", """{"vr":"OD","InlineBinary":"AAAAAAAA8D8="}""" },
        { "OF", "0000803F", """{"vr":"OF","InlineBinary":"AACAPw=="}""" },
        { "OL", "01000000", """{"vr":"OL","InlineBinary":"AQAAAA=="}""" },
        { "OV", "0100000000000000", """{"vr":"OV","InlineBinary":"AQAAAAAAAAA="}""" },
        { "OW", "0100", """{"vr":"OW","InlineBinary":"AQA="}""" },
        { "PN", "446F655E4A6F686E3D3D446F655E4A6F686E", """{"vr":"PN","Value":[{"Alphabetic":"Doe^John","Phonetic":"Doe^John"}]}""" },
        { "SH", "5C5348", """{"vr":"SH","Value":[null,"SH"]}""" },
        { "SL", "FEFFFFFF", """{"vr":"SL","Value":[-2]}""" },
        { "SS", "FEFF0300", """{"vr":"SS","Value":[-2,3]}""" },
        { "ST", "53686F7274205465787420", """{"vr":"ST","Value":["Short Text"]}""" },
        { "SV", "FFFFFFFFFFFFFF7F", """{"vr":"SV","Value":["9223372036854775807"]}""" },
        { "TM", "3132333030302E35", """{"vr":"TM","Value":["123000.5"]}""" },
        { "UC", "556E6C696D69746564", """{"vr":"UC","Value":["Unlimited"]}""" },
        { "UI", "312E322E3300", """{"vr":"UI","Value":["1.2.3"]}""" },
        { "UL", "FFFFFFFF", """{"vr":"UL","Value":[4294967295]}""" },
        { "UN", "414243", """{"vr":"UN","InlineBinary":"QUJD"}""" },
        { "UR", "687474703A2F2F782F2079", """{"vr":"UR","Value":["http://x/ y"]}""" },
        { "US", "0100FFFF", """{"vr":"US","Value":[1,65535]}""" },
        { "UT", "556E6C696D697465642054657874", """{"vr":"UT","Value":["Unlimited Text"]}""" },
        { "UV", "0100000000000000", """{"vr":"UV","Value":[1]}""" },
    };

    [Theory]
    [MemberData(nameof(EveryVR))]
    public void Serialize_EachVR_EncodesAsPs318Says(string vr, string hex, string expected)
    {
        var dataset = new DicomDataset(new DicomElement(Tag, DicomVR.Parse(vr), Convert.FromHexString(hex)));

        var json = DicomJsonWriter.Serialize(dataset);

        Assert.Equal($$"""{"00091001":{{expected}}}""", json);
    }

    [Fact]
    public void Serialize_EmptyValueAndEmptySequence_HaveNoValue()
    {
        var dataset = new DicomDataset(new DicomElement(new DicomTag(0x0010, 0x0010), DicomVR.PN, []), new DicomSequence(new DicomTag(0x0040, 0x0275)));

        Assert.Equal("""{"00100010":{"vr":"PN"},"00400275":{"vr":"SQ"}}""", DicomJsonWriter.Serialize(dataset));
    }

    [Fact]
    public void Serialize_NestedSequenceUnderLatin1_DecodesThroughInheritedCharacterSet()
    {
        var item = new DicomDataset(new DicomElement(new DicomTag(0x0010, 0x0010), DicomVR.PN, [0x42, 0x75, 0x63, 0x5E, 0x4A, 0xE9, 0x72, 0xF4, 0x6D, 0x65]));
        var dataset = new DicomDataset(new DicomElement(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100"u8.ToArray()), new DicomSequence(new DicomTag(0x0040, 0x0275), item));

        var json = DicomJsonWriter.Serialize(dataset);

        Assert.Contains("""{"00100010":{"vr":"PN","Value":[{"Alphabetic":"Buc^Jérôme"}]}}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_GroupLengthAndPrivateCreator_DropsLengthKeepsCreator()
    {
        var dataset = new DicomDataset(
            new DicomElement(new DicomTag(0x0009, 0x0000), DicomVR.UL, [4, 0, 0, 0]),
            new DicomElement(new DicomTag(0x0009, 0x0010), DicomVR.LO, "ACME 1.0"u8.ToArray()));

        Assert.Equal("""{"00090010":{"vr":"LO","Value":["ACME 1.0"]}}""", DicomJsonWriter.Serialize(dataset));
        Assert.StartsWith("""{"00090000":""", DicomJsonWriter.Serialize(dataset, new DicomJsonOptions { IncludeGroupLengths = true }), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NonFiniteFloat_WritesString()
    {
        var dataset = new DicomDataset(new DicomElement(Tag, DicomVR.FD, BitConverter.GetBytes(double.NaN)));

        Assert.Equal("""{"00091001":{"vr":"FD","Value":["NaN"]}}""", DicomJsonWriter.Serialize(dataset));
    }
}
