using System.Text;

using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Tests.CharacterSets;

public sealed partial class DicomCharacterSetTests
{
    [Theory]
    [MemberData(nameof(CharacterSetExamples.All), MemberType = typeof(CharacterSetExamples))]
    public void Decode_StandardExample_ReturnsText(string specificCharacterSet, string vr, string text, string bytes)
    {
        var findings = new List<CharacterSetFinding>();

        var decoded = Parse(specificCharacterSet, findings).Decode(Encoding.Latin1.GetBytes(bytes), DicomVR.Parse(vr), findings);

        Assert.Equal(text, decoded);
        Assert.Empty(findings);
    }

    [Theory]
    [MemberData(nameof(CharacterSetExamples.All), MemberType = typeof(CharacterSetExamples))]
    public void Encode_StandardExample_ReturnsExactBytes(string specificCharacterSet, string vr, string text, string bytes)
    {
        var findings = new List<CharacterSetFinding>();

        var encoded = Parse(specificCharacterSet, findings).Encode(text, DicomVR.Parse(vr), findings);

        Assert.Equal(Convert.ToHexString(Encoding.Latin1.GetBytes(bytes)), Convert.ToHexString(encoded));
        Assert.Empty(findings);
    }

    [Fact]
    public void Decode_CorpusStyleReturnToAsciiAfterIr13_ReturnsText()
    {
        // chrSQEncoding.dcm returns to ISO 646 with ESC ( B although value 1 is ISO 2022 IR 13: allowed, no finding.
        var bytes = Encoding.Latin1.GetBytes("\u00d4\u00cf\u00c0\u00de^\u00c0\u00db\u00b3=\u001b$B;3ED\u001b(B^\u001b$BB@O:\u001b(B");
        var findings = new List<CharacterSetFinding>();

        var decoded = Parse(@"ISO 2022 IR 13\ISO 2022 IR 87", findings).Decode(bytes, DicomVR.PN, findings);

        Assert.Equal("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎", decoded);
        Assert.Empty(findings);
    }

    [Fact]
    public void Decode_LineEndInsideKanji_ReturnsToValueOneSet()
    {
        var bytes = Encoding.Latin1.GetBytes("\u001b$B;3\r\nED");

        var decoded = Parse(@"\ISO 2022 IR 87").Decode(bytes, DicomVR.LT);

        Assert.Equal("山\r\nED", decoded);
    }

    [Fact]
    public void Decode_CaretAsSecondKanjiByte_IsNoDelimiter()
    {
        var decoded = Parse(@"\ISO 2022 IR 87").Decode(Encoding.Latin1.GetBytes("\u001b$B$^\u001b(B^a"), DicomVR.PN);

        Assert.Equal("ま^a", decoded);
    }

    private static DicomCharacterSet Parse(string specificCharacterSet, ICollection<CharacterSetFinding>? findings = null) =>
        DicomCharacterSet.Parse(specificCharacterSet.Split('\\'), findings);
}
