using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Tests.Values;

public sealed class DicomAgeTests
{
    [Theory]
    [InlineData("018M", 18, 'M')]
    [InlineData("000D", 0, 'D')]
    [InlineData("052W", 52, 'W')]
    [InlineData("999Y", 999, 'Y')]
    public void TryParse_ValidAge_ReadsCountAndUnit(string text, int count, char unit)
    {
        Assert.True(DicomAge.TryParse(text, out var actualCount, out var actualUnit));
        Assert.Equal((count, unit), (actualCount, actualUnit));
    }

    [Theory]
    [InlineData("")]
    [InlineData("18M")]
    [InlineData("0018M")]
    [InlineData("018m")]
    [InlineData("018X")]
    [InlineData("0A8Y")]
    public void TryParse_InvalidAge_Fails(string text) => Assert.False(DicomAge.TryParse(text, out _, out _));
}
