using ConformanceHarness.Dicom.Json;

namespace ConformanceHarness.Dicom.Tests.Json;

public sealed class DicomJsonReaderTests
{
    /// <summary>Malformed input, the JSON path the error must name, and a fragment of its reason.</summary>
    public static TheoryData<string, string, string> Malformed => new()
    {
        { """{"00100010": """, "$", "not valid JSON" },
        { """[]""", "$", "expected a data set object, found an array" },
        { """{"0010001G":{"vr":"PN"}}""", "$.0010001G", "is not a tag" },
        { """{"(0010,0010)":{"vr":"PN"}}""", "$.(0010,0010)", "is not a tag" },
        { """{"00100010":"Doe"}""", "$.00100010", "expected an attribute object" },
        { """{"00100010":{"Value":[]}}""", "$.00100010", "has no \"vr\"" },
        { """{"00100010":{"vr":7}}""", "$.00100010.vr", "expected a VR string, found the number 7" },
        { """{"00100010":{"vr":"XX"}}""", "$.00100010.vr", "'XX' is not a DICOM value representation" },
        { """{"00100010":{"vr":"PN","Values":[]}}""", "$.00100010.Values", "unexpected member" },
        { """{"00100010":{"vr":"PN","Value":{}}}""", "$.00100010.Value", "expected an array, found an object" },
        { """{"00100010":{"vr":"PN","Value":["Doe"]}}""", "$.00100010.Value[0]", "expected a Person Name object" },
        { """{"00100010":{"vr":"PN","Value":[{"Alphabetic":1}]}}""", "$.00100010.Value[0].Alphabetic", "expected a string" },
        { """{"00100010":{"vr":"PN","Value":[{"Kanji":"x"}]}}""", "$.00100010.Value[0].Kanji", "unexpected member" },
        { """{"00100020":{"vr":"LO","Value":[12]}}""", "$.00100020.Value[0]", "expected a string or null, found the number 12" },
        { """{"00200013":{"vr":"IS","Value":[true]}}""", "$.00200013.Value[0]", "expected a number" },
        { """{"00280010":{"vr":"US","Value":[70000]}}""", "$.00280010.Value[0]", "not a valid US value" },
        { """{"00280010":{"vr":"US","Value":[1.5]}}""", "$.00280010.Value[0]", "not a valid US value" },
        { """{"00280010":{"vr":"US","Value":["1"]}}""", "$.00280010.Value[0]", "not a valid US value" },
        { """{"00209165":{"vr":"AT","Value":["0010001"]}}""", "$.00209165.Value[0]", "not a valid AT value" },
        { """{"7FE00010":{"vr":"OW","InlineBinary":"***"}}""", "$.7FE00010.InlineBinary", "not valid base64" },
        { """{"7FE00010":{"vr":"OW","InlineBinary":5}}""", "$.7FE00010.InlineBinary", "expected a base64 string" },
        { """{"7FE00010":{"vr":"OW","Value":[1]}}""", "$.7FE00010.Value", "takes \"InlineBinary\" or \"BulkDataURI\"" },
        { """{"00100020":{"vr":"LO","InlineBinary":"AA=="}}""", "$.00100020.InlineBinary", "only for OB" },
        { """{"7FE00010":{"vr":"OW","BulkDataURI":"http://x"}}""", "$.7FE00010.BulkDataURI", "no bulk data resolver" },
        { """{"7FE00010":{"vr":"OW","InlineBinary":"AA==","BulkDataURI":"x"}}""", "$.7FE00010", "at most one is allowed" },
        { """{"00400275":{"vr":"SQ","Value":[1]}}""", "$.00400275.Value[0]", "expected a data set object, found the number 1" },
        { """{"00400275":{"vr":"SQ","Value":[{"00100010":{"vr":"PN","Value":[{"Alphabetic":["x"]}]}}]}}""", "$.00400275.Value[0].00100010.Value[0].Alphabetic", "expected a string" },
        { """{"00100010":{"vr":"PN"},"00100010":{"vr":"PN"}}""", "$.00100010", "appears more than once" },
        { """{"00080005":{"vr":"CS","Value":["ISO_IR 100"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"山田"}]}}""", "$.00100010.Value", "cannot be encoded" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Deserialize_MalformedInput_FailsNamingThePath(string json, string path, string reason)
    {
        var error = Assert.Throws<DicomJsonException>(() => DicomJsonReader.Deserialize(json));

        Assert.Equal(path, error.Path);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_EveryKindOfValue_RoundTripsToTheSameDataset()
    {
        var dataset = DicomJsonTestData.EveryVR();

        var readBack = DicomJsonReader.Deserialize(DicomJsonWriter.Serialize(dataset));

        JsonRoundTripAssert.Equal(dataset, readBack);
    }

    [Fact]
    public void Deserialize_NumbersAsStringsAndNonFinite_AcceptsThem()
    {
        var dataset = DicomJsonReader.Deserialize("""{"00181060":{"vr":"DS","Value":["1.5"]},"0018602C":{"vr":"FD","Value":["-Infinity"]},"00720064":{"vr":"SV","Value":["-9223372036854775808"]}}""");

        Assert.Equal(1.5m, dataset.GetSingleValue<decimal>(new DicomTag(0x0018, 0x1060)));
        Assert.Equal(double.NegativeInfinity, dataset.GetSingleValue<double>(new DicomTag(0x0018, 0x602C)));
        Assert.Equal(long.MinValue, dataset.GetSingleValue<long>(new DicomTag(0x0072, 0x0064)));
    }

    [Fact]
    public void Deserialize_NullValues_BecomeEmptyValuesBetweenBackslashes()
    {
        var dataset = DicomJsonReader.Deserialize("""{"00080008":{"vr":"CS","Value":["ORIGINAL",null,"AXIAL"]}}""");

        Assert.Equal("ORIGINAL\\\\AXIAL", dataset.GetString(new DicomTag(0x0008, 0x0008)));
    }
}
