using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Tests.Values;

public sealed class DicomTimeRangeTests
{
    [Theory]
    [InlineData("070000-120000", "07:00:00", true)]
    [InlineData("070000-120000", "12:00:00", true)]
    [InlineData("070000-120000", "12:00:00.5", true)]
    [InlineData("070000-120000", "12:00:01", false)]
    [InlineData("-12", "12:59:59.9999999", true)]
    [InlineData("-12", "13:00:00", false)]
    [InlineData("0700-", "06:59:59.9999999", false)]
    [InlineData("0700-", "23:59:59", true)]
    [InlineData("1015", "10:15:59", true)]
    [InlineData("1015", "10:16:00", false)]
    public void Contains_Time_MatchesWithUpperBoundPrecision(string key, string time, bool expected)
    {
        Assert.True(DicomTimeRange.TryParse(key, out var range));
        Assert.Equal(expected, range.Contains(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2300-0100")]
    [InlineData("-")]
    [InlineData("25-")]
    public void TryParse_InvalidOrMidnightCrossing_Fails(string text) => Assert.False(DicomTimeRange.TryParse(text, out _));
}
