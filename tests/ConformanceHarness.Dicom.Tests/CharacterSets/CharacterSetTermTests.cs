using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Tests.CharacterSets;

public sealed class CharacterSetTermTests
{
    [Fact]
    public void All_DefinedTerms_AreDistinct()
    {
        Assert.Equal(CharacterSetTerm.All.Count, CharacterSetTerm.All.Select(term => term.DefinedTerm).Distinct().Count());
    }

    [Fact]
    public void All_EscapeSequences_AreDistinctAndStartWithEsc()
    {
        var escapes = GraphicSet.All.Select(set => Convert.ToHexString(set.Escape.Span)).ToList();

        Assert.Equal(escapes.Count, escapes.Distinct().Count());
        Assert.All(GraphicSet.All, set => Assert.Equal(0x1B, set.Escape.Span[0]));
    }

    [Theory]
    [InlineData("ISO 2022 IR 87", "1B2442", CodeElement.G0, true)]
    [InlineData("ISO 2022 IR 159", "1B242844", CodeElement.G0, true)]
    [InlineData("ISO 2022 IR 149", "1B242943", CodeElement.G1, true)]
    [InlineData("ISO 2022 IR 58", "1B242941", CodeElement.G1, true)]
    [InlineData("ISO 2022 IR 100", "1B2D41", CodeElement.G1, false)]
    [InlineData("ISO 2022 IR 144", "1B2D4C", CodeElement.G1, false)]
    [InlineData("ISO 2022 IR 166", "1B2D54", CodeElement.G1, false)]
    [InlineData("ISO 2022 IR 13", "1B2949", CodeElement.G1, false)]
    public void TryGet_Iso2022Term_HasTableC12EscapeSequence(string definedTerm, string escape, CodeElement element, bool multiByte)
    {
        Assert.True(CharacterSetTerm.TryGet(definedTerm, out var term));
        var set = element == CodeElement.G0 ? term.G0! : term.G1!;

        Assert.Equal(escape, Convert.ToHexString(set.Escape.Span));
        Assert.Equal((element, multiByte, true), (set.Element, term.IsMultiByte, term.UsesCodeExtensions));
    }

    [Theory]
    [InlineData("ISO_IR 192", 65001)]
    [InlineData("GB18030", 54936)]
    [InlineData("GBK", 936)]
    public void TryGet_MultiByteTermWithoutExtensions_IsNotIso2022Compatible(string definedTerm, int codePage)
    {
        Assert.True(CharacterSetTerm.TryGet(definedTerm, out var term));

        Assert.Equal((codePage, false, true), (term.CodePage, term.IsIso2022Compatible, term.IsMultiByte));
    }
}
