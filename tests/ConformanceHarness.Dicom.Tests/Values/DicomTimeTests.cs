using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Tests.Values;

public sealed class DicomTimeTests
{
    [Theory]
    [InlineData("10", "10:00:00")]
    [InlineData("1015", "10:15:00")]
    [InlineData("101530", "10:15:30")]
    [InlineData("070907.0705", "07:09:07.0705")]
    [InlineData("235959.999999", "23:59:59.999999")]
    [InlineData("000000.1", "00:00:00.1")]
    [InlineData("1015  ", "10:15:00")]
    [InlineData("10:15:30", "10:15:30")]
    [InlineData("10:15", "10:15:00")]
    [InlineData("235960", "23:59:59.999999")]
    public void TryParse_ValidText_ReadsTime(string text, string expected)
    {
        Assert.True(DicomTime.TryParse(text, out var time));
        Assert.Equal(TimeOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("101")]
    [InlineData("2400")]
    [InlineData("1060")]
    [InlineData("101561")]
    [InlineData("1015.5")]
    [InlineData("101530.")]
    [InlineData("101530.1234567")]
    [InlineData("10:1530")]
    public void TryParse_InvalidText_Fails(string text) => Assert.False(DicomTime.TryParse(text, out _));

    [Theory]
    [InlineData(0, "134507")]
    [InlineData(1, "134507.1")]
    [InlineData(6, "134507.123456")]
    public void Format_FractionDigits_TruncatesFraction(int digits, string expected) =>
        Assert.Equal(expected, DicomTime.Format(new TimeOnly(13, 45, 7).Add(TimeSpan.FromTicks(1_234_567)), digits));

    [Fact]
    public void Format_SevenFractionDigits_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DicomTime.Format(TimeOnly.MinValue, 7));

    [Fact]
    public void Parse_InvalidText_ThrowsDicomFormatException() =>
        Assert.Throws<DicomFormatException>(() => DicomTime.Parse("25"));
}
