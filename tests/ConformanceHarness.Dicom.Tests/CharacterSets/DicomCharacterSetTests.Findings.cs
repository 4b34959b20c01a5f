using System.Text;

using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Tests.CharacterSets;

public sealed partial class DicomCharacterSetTests
{
    [Theory]
    [InlineData("A\u001b$)ZB", "AB")]
    [InlineData("A\u001b", "A")]
    [InlineData("A\u001b\u00ffB", "A\ufffdB")]
    public void Decode_BadEscape_ReportsFindingAndSkipsIt(string bytes, string expected)
    {
        var findings = new List<CharacterSetFinding>();

        var decoded = Parse(@"\ISO 2022 IR 87").Decode(Encoding.Latin1.GetBytes(bytes), DicomVR.LO, findings);

        Assert.Equal(expected, decoded);
        Assert.Equal(CharacterSetFindingCodes.BadEscape, findings[0].Code);
    }

    [Fact]
    public void Decode_EscapeNotDeclared_HonoursItWithFinding()
    {
        var findings = new List<CharacterSetFinding>();

        var decoded = DicomCharacterSet.Default.Decode("\u001b$B;3ED\u001b(B"u8, DicomVR.PN, findings);

        Assert.Equal("山田", decoded);
        Assert.Equal(CharacterSetFindingCodes.UndeclaredEscape, Assert.Single(findings).Code);
    }

    [Theory]
    [InlineData("", new byte[] { 0x41, 0xE9, 0x42 })]
    [InlineData(@"\ISO 2022 IR 87", new byte[] { 0x41, 0xB0, 0x42 })]
    [InlineData("ISO_IR 192", new byte[] { 0x41, 0xFF, 0x42 })]
    [InlineData("GB18030", new byte[] { 0x41, 0xFF, 0x42 })]
    [InlineData("ISO_IR 13", new byte[] { 0x41, 0xE0, 0x42 })]
    [InlineData(@"\ISO 2022 IR 58", new byte[] { 0x41, 0x1B, 0x24, 0x29, 0x41, 0x81, 0x81, 0x42 })]
    public void Decode_InvalidByte_ReturnsReplacementCharacterAndOneFinding(string specificCharacterSet, byte[] bytes)
    {
        var findings = new List<CharacterSetFinding>();

        var decoded = Parse(specificCharacterSet).Decode(bytes, DicomVR.LO, findings);

        Assert.Equal("A\uFFFDB", decoded);
        Assert.Equal(CharacterSetFindingCodes.InvalidByte, Assert.Single(findings).Code);
    }

    [Fact]
    public void Decode_VrWithoutCharacterSet_UsesDefaultRepertoire()
    {
        var findings = new List<CharacterSetFinding>();

        var decoded = Parse("ISO_IR 100").Decode([0x41, 0xE9], DicomVR.CS, findings);

        Assert.Equal("A\uFFFD", decoded);
        Assert.Single(findings);
    }

    [Theory]
    [InlineData("ISO_IR 100", "Jé山", "4AE93F")]
    [InlineData(@"\ISO 2022 IR 87", "山€", "1B24423B331B28423F")]
    [InlineData("", "é", "3F")]
    [InlineData("GBK", "a😀", "613F")]
    public void Encode_UnrepresentableCharacter_WritesQuestionMarkWithFinding(string specificCharacterSet, string text, string hex)
    {
        var findings = new List<CharacterSetFinding>();

        var encoded = Parse(specificCharacterSet).Encode(text, DicomVR.LO, findings);

        Assert.Equal(hex, Convert.ToHexString(encoded));
        Assert.Equal(CharacterSetFindingCodes.Unrepresentable, Assert.Single(findings).Code);
    }

    [Fact]
    public void Decode_KanjiRunWithOddByte_ReplacesTheOddByte()
    {
        var findings = new List<CharacterSetFinding>();

        var decoded = Parse(@"\ISO 2022 IR 87").Decode("\u001b$B;3E\u001b(B"u8, DicomVR.LO, findings);

        Assert.Equal("山\uFFFD", decoded);
        Assert.Equal(CharacterSetFindingCodes.InvalidByte, Assert.Single(findings).Code);
    }

    [Fact]
    public void Decode_RandomBytes_NeverThrows()
    {
        var random = new Random(20240611);
        var sets = CharacterSetTerm.All.Select(term => DicomCharacterSet.Parse(["", term.DefinedTerm])).ToList();
        foreach (var set in sets.Append(DicomCharacterSet.Default))
            for (var i = 0; i < 50; i++)
            {
                var bytes = new byte[random.Next(0, 40)];
                random.NextBytes(bytes);
                foreach (var vr in new[] { DicomVR.PN, DicomVR.LT, DicomVR.SH })
                    Assert.NotNull(set.Decode(bytes, vr, new List<CharacterSetFinding>()));
            }
    }
}
