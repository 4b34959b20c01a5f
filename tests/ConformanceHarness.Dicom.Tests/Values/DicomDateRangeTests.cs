using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Tests.Values;

public sealed class DicomDateRangeTests
{
    [Theory]
    [InlineData("20240101-20240131", "2024-01-01", "2024-01-31")]
    [InlineData("-20240131", null, "2024-01-31")]
    [InlineData("20240101-", "2024-01-01", null)]
    [InlineData("20240115", "2024-01-15", "2024-01-15")]
    [InlineData("20240101 - 20240131 ", "2024-01-01", "2024-01-31")]
    public void TryParse_RangeKey_ReadsBounds(string text, string? from, string? to)
    {
        Assert.True(DicomDateRange.TryParse(text, out var range));
        Assert.Equal(new DicomDateRange(Date(from), Date(to)), range);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("20240131-20240101")]
    [InlineData("2024-01-01")]
    [InlineData("20240101-20240132")]
    public void TryParse_InvalidKey_Fails(string text) => Assert.False(DicomDateRange.TryParse(text, out _));

    [Theory]
    [InlineData("20240101-20240131", "2024-01-01", true)]
    [InlineData("20240101-20240131", "2024-01-31", true)]
    [InlineData("20240101-20240131", "2024-02-01", false)]
    [InlineData("-20240131", "0001-01-01", true)]
    [InlineData("20240101-", "2023-12-31", false)]
    public void Contains_Date_MatchesInclusively(string key, string date, bool expected)
    {
        Assert.True(DicomDateRange.TryParse(key, out var range));
        Assert.Equal(expected, range.Contains(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
