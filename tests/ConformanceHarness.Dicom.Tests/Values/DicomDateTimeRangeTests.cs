using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Tests.Values;

public sealed class DicomDateTimeRangeTests
{
    [Theory]
    [InlineData("20240101080000-20240101170000", "2024-01-01T12:00:00+00:00", true)]
    [InlineData("20240101080000-20240101170000", "2024-01-01T17:00:00.9+00:00", true)]
    [InlineData("20240101080000-20240101170000", "2024-01-01T17:00:01+00:00", false)]
    [InlineData("-2024", "2024-12-31T23:59:59+00:00", true)]
    [InlineData("-2024", "2025-01-01T00:00:00+00:00", false)]
    [InlineData("2024010108+0100-", "2024-01-01T07:00:00+00:00", true)]
    [InlineData("2024010108+0100-", "2024-01-01T06:59:59+00:00", false)]
    [InlineData("2024010108-0500-2024010109-0500", "2024-01-01T14:30:00+00:00", true)]
    [InlineData("2024-0500", "2025-01-01T04:59:59+00:00", true)]
    [InlineData("2024-0500", "2024-01-01T04:59:59+00:00", false)]
    public void Contains_Moment_ComparesAcrossOffsets(string key, string moment, bool expected)
    {
        Assert.True(DicomDateTimeRange.TryParse(key, null, out var range));
        Assert.Equal(expected, range.Contains(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void TryParse_DefaultOffset_AppliesToBoundsWithoutSuffix()
    {
        Assert.True(DicomDateTimeRange.TryParse("2024010108-", TimeSpan.FromHours(2), out var range));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 6, 0, 0, TimeSpan.Zero), range.From);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("2025-2024")]
    [InlineData("20241301-")]
    public void TryParse_InvalidKey_Fails(string text) => Assert.False(DicomDateTimeRange.TryParse(text, null, out _));
}
