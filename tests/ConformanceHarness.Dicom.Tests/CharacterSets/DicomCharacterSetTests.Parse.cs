using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Tests.CharacterSets;

public sealed partial class DicomCharacterSetTests
{
    [Fact]
    public void Default_Always_IsAsciiWithoutCodeExtensions()
    {
        Assert.Empty(DicomCharacterSet.Default.Terms);
        Assert.False(DicomCharacterSet.Default.UsesCodeExtensions);
        Assert.Equal([CharacterSetTerm.IsoIr6], DicomCharacterSet.Default.ResolvedTerms);
    }

    [Fact]
    public void Parse_UnknownTerm_ReportsFindingAndFallsBackToAscii()
    {
        var findings = new List<CharacterSetFinding>();

        var set = DicomCharacterSet.Parse(["ISO_IR 999"], findings);

        Assert.Equal(CharacterSetFindingCodes.UnknownTerm, Assert.Single(findings).Code);
        Assert.Equal(["ISO_IR 999"], set.Terms);
        Assert.Equal("Doe^John", set.Decode("Doe^John"u8, DicomVR.PN));
    }

    [Fact]
    public void Parse_UnknownSecondTerm_IsDroppedWithFinding()
    {
        var findings = new List<CharacterSetFinding>();

        var set = DicomCharacterSet.Parse(["", "ISO 2022 IR 999", "ISO 2022 IR 87"], findings);

        Assert.Equal(CharacterSetFindingCodes.UnknownTerm, Assert.Single(findings).Code);
        Assert.Equal([CharacterSetTerm.Iso2022Ir6, CharacterSetTerm.Iso2022Ir87], set.ResolvedTerms);
    }

    [Theory]
    [InlineData("ISO-IR 100")]
    [InlineData("iso_ir 100")]
    [InlineData("ISO_IR100")]
    public void Parse_LooseSpelling_ReadsDefinedTermWithFinding(string value)
    {
        var findings = new List<CharacterSetFinding>();

        var set = DicomCharacterSet.Parse([value], findings);

        Assert.Equal(CharacterSetFindingCodes.NonStandardTerm, Assert.Single(findings).Code);
        Assert.Equal("Jérôme", set.Decode([(byte)'J', 0xE9, (byte)'r', 0xF4, (byte)'m', (byte)'e'], DicomVR.PN));
    }

    [Fact]
    public void Parse_EmptyValueOneAndMultiByteSet_UsesCodeExtensions()
    {
        var set = DicomCharacterSet.Parse(["", "ISO 2022 IR 87"]);

        Assert.True(set.UsesCodeExtensions);
        Assert.Equal([CharacterSetTerm.Iso2022Ir6, CharacterSetTerm.Iso2022Ir87], set.ResolvedTerms);
    }

    [Fact]
    public void Parse_PlainTermBesideIso2022Term_ReadsIso2022TwinWithFinding()
    {
        var findings = new List<CharacterSetFinding>();

        var set = DicomCharacterSet.Parse(["ISO_IR 13", "ISO 2022 IR 87"], findings);

        Assert.Equal(CharacterSetFindingCodes.MisplacedTerm, Assert.Single(findings).Code);
        Assert.Equal([CharacterSetTerm.Iso2022Ir13, CharacterSetTerm.Iso2022Ir87], set.ResolvedTerms);
    }

    [Fact]
    public void Parse_MultiByteIso2022TermAsValueOne_PrependsDefaultWithFinding()
    {
        var findings = new List<CharacterSetFinding>();

        var set = DicomCharacterSet.Parse(["ISO 2022 IR 87"], findings);

        Assert.Equal(CharacterSetFindingCodes.MisplacedTerm, Assert.Single(findings).Code);
        Assert.Equal("山田", set.Decode("\u001b$B;3ED\u001b(B"u8, DicomVR.PN));
    }

    [Fact]
    public void Parse_Utf8WithOtherValues_KeepsUtf8WithFinding()
    {
        var findings = new List<CharacterSetFinding>();

        var set = DicomCharacterSet.Parse(["ISO_IR 192", "ISO 2022 IR 87"], findings);

        Assert.Equal(CharacterSetFindingCodes.MisplacedTerm, Assert.Single(findings).Code);
        Assert.Equal([CharacterSetTerm.IsoIr192], set.ResolvedTerms);
        Assert.False(set.UsesCodeExtensions);
    }

    [Fact]
    public void Parse_PaddedValues_AreTrimmed()
    {
        var set = DicomCharacterSet.Parse(["ISO_IR 100 "]);

        Assert.Equal(["ISO_IR 100"], set.Terms);
        Assert.Equal([CharacterSetTerm.IsoIr100], set.ResolvedTerms);
    }
}
