using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Tests.CharacterSets;

public sealed class CharacterSetScopeTests
{
    private static readonly DicomCharacterSet Utf8 = DicomCharacterSet.Parse(["ISO_IR 192"]);

    [Fact]
    public void Inherit_ItemWithoutSpecificCharacterSet_ReturnsParent()
    {
        Assert.Same(Utf8, CharacterSetScope.Inherit(Utf8, itemSpecificCharacterSet: null));
    }

    [Fact]
    public void Inherit_ItemWithSpecificCharacterSet_ReturnsItemSet()
    {
        var item = CharacterSetScope.Inherit(Utf8, ["ISO 2022 IR 13", "ISO 2022 IR 87"]);

        Assert.Equal(["ISO 2022 IR 13", "ISO 2022 IR 87"], item.Terms);
        Assert.Equal("ﾔﾏﾀﾞ", item.Decode([0xD4, 0xCF, 0xC0, 0xDE], DicomVR.PN));
    }

    [Fact]
    public void Inherit_ItemWithEmptySpecificCharacterSet_ReturnsDefaultRepertoire()
    {
        var item = CharacterSetScope.Inherit(Utf8, []);

        Assert.Same(DicomCharacterSet.Default, item);
    }

    [Fact]
    public void Inherit_UnknownItemTerm_ReportsFinding()
    {
        var findings = new List<CharacterSetFinding>();

        CharacterSetScope.Inherit(Utf8, ["ISO_IR 999"], findings);

        Assert.Equal(CharacterSetFindingCodes.UnknownTerm, Assert.Single(findings).Code);
    }

    [Fact]
    public void InheritParsed_NestedItems_EachLevelFallsBackToItsParent()
    {
        var item = CharacterSetScope.InheritParsed(Utf8, null);
        var nested = CharacterSetScope.InheritParsed(item, DicomCharacterSet.Parse(["ISO_IR 100"]));

        Assert.Same(Utf8, item);
        Assert.Equal(["ISO_IR 100"], nested.Terms);
    }
}
