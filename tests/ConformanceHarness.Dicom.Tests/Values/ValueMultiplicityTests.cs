using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Tests.Values;

public sealed class ValueMultiplicityTests
{
    [Theory]
    [InlineData("1", 1, 1, 1)]
    [InlineData("1-3", 1, 3, 1)]
    [InlineData("1-n", 1, null, 1)]
    [InlineData("2-2n", 2, null, 2)]
    [InlineData("3-3n", 3, null, 3)]
    [InlineData("3n", 3, null, 3)]
    [InlineData("0-1", 0, 1, 1)]
    public void Parse_Text_ReadsBoundsAndStep(string text, int minimum, int? maximum, int step) =>
        Assert.Equal(new ValueMultiplicity(minimum, maximum, step), ValueMultiplicity.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("3-1")]
    [InlineData("1-2-3")]
    [InlineData("n-1")]
    [InlineData("0n")]
    public void TryParse_InvalidText_Fails(string text) => Assert.False(ValueMultiplicity.TryParse(text, out _));

    [Theory]
    [InlineData("1-3", "1-3")]
    [InlineData("2-2n", "2-2n")]
    [InlineData("3n", "3-3n")]
    [InlineData("1-n", "1-n")]
    [InlineData("1", "1")]
    public void ToString_Parsed_WritesPs36Form(string text, string expected) =>
        Assert.Equal(expected, ValueMultiplicity.Parse(text).ToString());
}
