using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Tests.Values;

public sealed class DicomOffsetTests
{
    [Theory]
    [InlineData("+0500", 300)]
    [InlineData("-0330", -210)]
    [InlineData("+0000", 0)]
    [InlineData("-0000", 0)]
    [InlineData("+1400", 840)]
    [InlineData("-1200", -720)]
    [InlineData("+0545 ", 345)]
    public void TryParse_ValidOffset_ReadsMinutes(string text, int minutes)
    {
        Assert.True(DicomOffset.TryParse(text, out var offset));
        Assert.Equal(TimeSpan.FromMinutes(minutes), offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0500")]
    [InlineData("+05")]
    [InlineData("+05:00")]
    [InlineData(" +0500")]
    [InlineData("+1401")]
    [InlineData("-1201")]
    [InlineData("+0060")]
    public void TryParse_InvalidOffset_Fails(string text) => Assert.False(DicomOffset.TryParse(text, out _));

    [Theory]
    [InlineData(-210, "-0330")]
    [InlineData(0, "+0000")]
    [InlineData(345, "+0545")]
    public void Format_Offset_WritesSignHoursMinutes(int minutes, string expected) =>
        Assert.Equal(expected, DicomOffset.Format(TimeSpan.FromMinutes(minutes)));
}
