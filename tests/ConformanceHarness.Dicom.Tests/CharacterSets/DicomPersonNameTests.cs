using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Tests.CharacterSets;

public sealed class DicomPersonNameTests
{
    [Fact]
    public void Parse_ThreeGroups_SplitsGroupsAndComponents()
    {
        var name = DicomPersonName.Parse("Yamada^Tarou=山田^太郎=やまだ^たろう");

        Assert.Equal(("Yamada^Tarou", "山田^太郎", "やまだ^たろう"), (name.Alphabetic, name.Ideographic, name.Phonetic));
        Assert.Equal(("Yamada", "Tarou"), (name.FamilyName, name.GivenName));
        Assert.Equal(["山田", "太郎", "", "", ""], DicomPersonName.Components(name.Ideographic));
    }

    [Fact]
    public void Parse_FiveComponents_ExposesPrefixAndSuffix()
    {
        var name = DicomPersonName.Parse("Adams^John Robert Quincy^^Rev.^B.A. M.Div.");

        Assert.Equal(("Adams", "John Robert Quincy", ""), (name.FamilyName, name.GivenName, name.MiddleName));
        Assert.Equal(("Rev.", "B.A. M.Div."), (name.NamePrefix, name.NameSuffix));
    }

    [Fact]
    public void Parse_SingleGroup_LeavesOtherGroupsEmpty()
    {
        var name = DicomPersonName.Parse("Buc^Jérôme");

        Assert.Equal(new DicomPersonName("Buc^Jérôme", "", ""), name);
        Assert.Equal("", name.NameSuffix);
    }

    [Theory]
    [InlineData("Wang^XiaoDong=王^小东=", "Wang^XiaoDong=王^小东")]
    [InlineData("=山田^太郎", "=山田^太郎")]
    [InlineData("Doe^John==", "Doe^John")]
    [InlineData("", "")]
    public void ToString_TrailingEmptyGroups_AreDropped(string value, string expected)
    {
        Assert.Equal(expected, DicomPersonName.Parse(value).ToString());
    }

    [Fact]
    public void Parse_DecodedKoreanExample_ReadsEachGroup()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(
            "Hong^Gildong=\u001b$)C\u00fb\u00f3^\u001b$)C\u00d1\u00ce\u00d4\u00d7=\u001b$)C\u00c8\u00ab^\u001b$)C\u00b1\u00e6\u00b5\u00bf");

        var name = DicomPersonName.Parse(DicomCharacterSet.Parse(["", "ISO 2022 IR 149"]).Decode(bytes, DicomVR.PN));

        Assert.Equal(["洪", "吉洞", "", "", ""], DicomPersonName.Components(name.Ideographic));
        Assert.Equal("홍^길동", name.Phonetic);
    }
}
