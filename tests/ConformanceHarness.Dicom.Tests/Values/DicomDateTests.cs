using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Tests.Values;

public sealed class DicomDateTests
{
    [Theory]
    [InlineData("19930822", 1993, 8, 22)]
    [InlineData("20240229", 2024, 2, 29)]
    [InlineData("00010101", 1, 1, 1)]
    [InlineData("20241231 ", 2024, 12, 31)]
    [InlineData("1993.08.22", 1993, 8, 22)]
    public void TryParse_ValidText_ReadsDate(string text, int year, int month, int day)
    {
        Assert.True(DicomDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024011")]
    [InlineData("2024-01-01")]
    [InlineData("20230229")]
    [InlineData("20241301")]
    [InlineData("00000101")]
    [InlineData(" 20240101")]
    [InlineData("1993.0822")]
    public void TryParse_InvalidText_Fails(string text) => Assert.False(DicomDate.TryParse(text, out _));

    [Fact]
    public void Parse_InvalidText_ThrowsDicomFormatException() =>
        Assert.Contains("'2024-01-01'", Assert.Throws<DicomFormatException>(() => DicomDate.Parse("2024-01-01")).Message);

    [Fact]
    public void Format_Date_WritesEightDigits() => Assert.Equal("00050203", DicomDate.Format(new DateOnly(5, 2, 3)));
}
