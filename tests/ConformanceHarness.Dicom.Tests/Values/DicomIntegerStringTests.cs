using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Tests.Values;

public sealed class DicomIntegerStringTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("+12", 12)]
    [InlineData("-0042", -42)]
    [InlineData("  7 ", 7)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void TryParse_ValidInteger_ReadsValue(string text, int expected)
    {
        Assert.True(DicomIntegerString.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("+")]
    [InlineData("1.0")]
    [InlineData("1 2")]
    [InlineData("1e3")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    public void TryParse_InvalidInteger_Fails(string text) => Assert.False(DicomIntegerString.TryParse(text, out _));
}
