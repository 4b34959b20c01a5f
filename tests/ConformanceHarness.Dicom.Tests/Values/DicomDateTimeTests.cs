using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Tests.Values;

public sealed class DicomDateTimeTests
{
    private static readonly TimeSpan PlusOne = TimeSpan.FromHours(1);

    [Theory]
    [InlineData("2024", "2024-01-01T00:00:00+00:00")]
    [InlineData("202402", "2024-02-01T00:00:00+00:00")]
    [InlineData("20240215", "2024-02-15T00:00:00+00:00")]
    [InlineData("2024021513", "2024-02-15T13:00:00+00:00")]
    [InlineData("202402151345", "2024-02-15T13:45:00+00:00")]
    [InlineData("20240215134559", "2024-02-15T13:45:59+00:00")]
    [InlineData("20240215134559.5", "2024-02-15T13:45:59.5+00:00")]
    [InlineData("20240215134559.123456+0530", "2024-02-15T13:45:59.123456+05:30")]
    [InlineData("2024-0330", "2024-01-01T00:00:00-03:30")]
    [InlineData("20240215+1400 ", "2024-02-15T00:00:00+14:00")]
    public void TryParse_PartialValues_FillOmittedComponents(string text, string expected)
    {
        Assert.True(DicomDateTime.TryParse(text, null, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, value.Offset);
    }

    [Fact]
    public void TryParse_NoSuffix_UsesDefaultOffset()
    {
        Assert.True(DicomDateTime.TryParse("20240215120000", PlusOne, out var value));
        Assert.Equal(PlusOne, value.Offset);
    }

    [Fact]
    public void TryParse_Suffix_WinsOverDefaultOffset() =>
        Assert.Equal(TimeSpan.FromHours(-5), DicomDateTime.Parse("20240215120000-0500", PlusOne).Offset);

    [Theory]
    [InlineData("")]
    [InlineData("202")]
    [InlineData("20241")]
    [InlineData("20241301")]
    [InlineData("20240230")]
    [InlineData("2024021524")]
    [InlineData("20240215134559.")]
    [InlineData("202402151345.5")]
    [InlineData("20240215134559.1234567")]
    [InlineData("2024+1500")]
    [InlineData("2024-1230")]
    [InlineData("2024+05")]
    [InlineData("2024+0560")]
    [InlineData("00000101")]
    public void TryParse_InvalidText_Fails(string text) => Assert.False(DicomDateTime.TryParse(text, null, out _));

    [Theory]
    [InlineData(true, "20240215134559.000250-0330")]
    [InlineData(false, "20240215134559.000250")]
    public void Format_Value_WritesFullPrecision(bool includeOffset, string expected)
    {
        var value = new DateTimeOffset(2024, 2, 15, 13, 45, 59, TimeSpan.FromMinutes(-210)).AddTicks(2_500);
        Assert.Equal(expected, DicomDateTime.Format(value, includeOffset));
    }

    [Fact]
    public void Format_WholeSecondUtc_OmitsFractionAndWritesPlusZero() =>
        Assert.Equal("20240215134559+0000", DicomDateTime.Format(new DateTimeOffset(2024, 2, 15, 13, 45, 59, TimeSpan.Zero)));
}
