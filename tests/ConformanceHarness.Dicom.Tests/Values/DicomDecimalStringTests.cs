using System.Globalization;
using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Tests.Values;

public sealed class DicomDecimalStringTests
{
    [Theory]
    [InlineData("12.5", "12.5")]
    [InlineData(" -1e-3 ", "-0.001")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("+1E+2", "100")]
    [InlineData("0", "0")]
    public void TryParse_ValidDecimal_ReadsValue(string text, string expected)
    {
        Assert.True(DicomDecimalString.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("1,5")]
    [InlineData("1 5")]
    [InlineData("e5")]
    [InlineData("1e")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("0x1F")]
    public void TryParse_InvalidDecimal_Fails(string text)
    {
        Assert.False(DicomDecimalString.TryParse(text, out _));
        Assert.False(DicomDecimalString.TryParseDouble(text, out _));
    }

    [Fact]
    public void TryParse_BeyondDecimalRange_FailsButDoubleReads()
    {
        Assert.False(DicomDecimalString.TryParse("1e300", out _));
        Assert.True(DicomDecimalString.TryParseDouble("1e300", out var value));
        Assert.Equal(1e300, value);
    }

    [Fact]
    public void TryParseDouble_Overflow_Fails() => Assert.False(DicomDecimalString.TryParseDouble("1e999", out _));

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1e-20, "1E-20")]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e15, "1E15")]
    [InlineData(123456789012345678d, "1.23456789012E17")]
    [InlineData(1.0 / 3.0, "0.33333333333333")]
    [InlineData(double.Epsilon, "5E-324")]
    public void Format_Value_WritesShortestFitting(double value, string expected) =>
        Assert.Equal(expected, DicomDecimalString.Format(value));

    [Fact]
    public void Format_NegativeZero_WritesZero() => Assert.Equal("0", DicomDecimalString.Format(-0.0));

    [Theory]
    [InlineData(double.MaxValue)]
    [InlineData(double.MinValue)]
    [InlineData(-1.2345678901234567e-300)]
    public void Format_Extremes_FitsAndReadsBackFinite(double value)
    {
        var text = DicomDecimalString.Format(value);
        Assert.InRange(text.Length, 1, 16);
        Assert.True(DicomDecimalString.TryParseDouble(text, out var read));
        Assert.Equal(value, read, Math.Abs(value) * 1e-8);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Format_NotFinite_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DicomDecimalString.Format(value));
}
