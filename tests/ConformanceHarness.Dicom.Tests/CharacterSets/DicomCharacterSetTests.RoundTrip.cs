using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Tests.CharacterSets;

public sealed partial class DicomCharacterSetTests
{
    [Theory]
    [InlineData(@"\ISO 2022 IR 87\ISO 2022 IR 149", "PN", "Kim^Yamada=金^山田=김^やまだ")]
    [InlineData(@"ISO 2022 IR 13\ISO 2022 IR 87\ISO 2022 IR 159", "LO", @"ｶﾀｶﾅ 漢字 丂 ASCII\more")]
    [InlineData(@"ISO 2022 IR 100\ISO 2022 IR 144\ISO 2022 IR 126", "LT", "Jérôme\r\nЛюк Δ\r\nend")]
    [InlineData(@"\ISO 2022 IR 58", "SH", @"张三\李四")]
    [InlineData("ISO_IR 192", "UT", "Ünïcödé 中文 😀 ภาษาไทย")]
    [InlineData("GB18030", "UC", "中文 😀 ü")]
    public void Encode_ThenDecode_ReturnsOriginalText(string specificCharacterSet, string vr, string text)
    {
        var findings = new List<CharacterSetFinding>();
        var set = Parse(specificCharacterSet, findings);

        var decoded = set.Decode(set.Encode(text, DicomVR.Parse(vr), findings), DicomVR.Parse(vr), findings);

        Assert.Equal(text, decoded);
        Assert.Empty(findings);
    }

    [Fact]
    public void Encode_RandomText_NeverThrows()
    {
        var random = new Random(20240612);
        var sets = CharacterSetTerm.All.Select(term => DicomCharacterSet.Parse(["", term.DefinedTerm])).ToList();
        foreach (var set in sets.Append(DicomCharacterSet.Default))
            for (var i = 0; i < 30; i++)
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(0, 20)).Select(_ => (char)random.Next(0x01, 0xD7FF)));
                foreach (var vr in new[] { DicomVR.PN, DicomVR.LT, DicomVR.SH })
                    Assert.NotNull(set.Encode(text, vr, new List<CharacterSetFinding>()));
            }
    }
}
