using ConformanceHarness.Fixtures.Fhir;

namespace ConformanceHarness.Fixtures.Tests.Fhir;

/// <summary>Toronto's offsets in 2026: daylight time from 02:00 on Sunday 8 March to 02:00 on Sunday 1 November.</summary>
public sealed class OntarioTimeTests
{
    [Theory]
    [InlineData(2026, 1, 15, 9, "2026-01-15T09:00:00-05:00")]
    [InlineData(2026, 3, 8, 1, "2026-03-08T01:00:00-05:00")]
    [InlineData(2026, 3, 8, 3, "2026-03-08T03:00:00-04:00")]
    [InlineData(2026, 7, 1, 12, "2026-07-01T12:00:00-04:00")]
    [InlineData(2026, 11, 1, 1, "2026-11-01T01:00:00-04:00")]
    [InlineData(2026, 11, 1, 3, "2026-11-01T03:00:00-05:00")]
    public void DateTime_LocalTime_CarriesTorontoOffset(int year, int month, int day, int hour, string expected) =>
        Assert.Equal(expected, OntarioTime.DateTime(new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Unspecified)));
}
