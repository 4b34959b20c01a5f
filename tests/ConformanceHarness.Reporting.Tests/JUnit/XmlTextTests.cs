using ConformanceHarness.Reporting.JUnit;

namespace ConformanceHarness.Reporting.Tests.JUnit;

public sealed class XmlTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("tab\tnewline\ncr\r", "tab\tnewline\ncr\r")]
    [InlineData("nul\0bell\u0007", "nul\uFFFDbell\uFFFD")]
    [InlineData("pair 😀 kept", "pair 😀 kept")]
    [InlineData("non-chars \uFFFE\uFFFF", "non-chars \uFFFD\uFFFD")]
    [InlineData(null, "")]
    public void Clean_Text_ReplacesOnlyWhatXmlCannotCarry(string? text, string expected)
    {
        Assert.Equal(expected, XmlText.Clean(text));
    }

    [Fact]
    public void Clean_LoneSurrogates_AreReplaced()
    {
        // Built at run time: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
        var text = "high " + (char)0xD800 + " low " + (char)0xDC00 + " reversed " + (char)0xDC00 + (char)0xD800;

        Assert.Equal("high \uFFFD low \uFFFD reversed \uFFFD\uFFFD", XmlText.Clean(text));
    }
}
