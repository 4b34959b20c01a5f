using System.Globalization;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>
/// A world's local times as FHIR <c>dateTime</c> values, which need an offset once they have a time: Ontario (Toronto)
/// is UTC−05:00, and UTC−04:00 in daylight time, from 02:00 on the second Sunday of March to 02:00 on the first Sunday
/// of November (Canada follows the US rule since 2007). Computed here rather than from the machine's time-zone database,
/// so output never depends on the host.
/// </summary>
internal static class OntarioTime
{
    public static string DateTime(DateTime local)
    {
        var offset = IsDaylight(local) ? "-04:00" : "-05:00";
        return local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + offset;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsDaylight(DateTime local)
    {
        var start = NthSunday(local.Year, 3, 2).AddHours(2);
        var end = NthSunday(local.Year, 11, 1).AddHours(2);
        return local >= start && local < end;
    }

    private static DateTime NthSunday(int year, int month, int n)
    {
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var firstSunday = first.AddDays(((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7);
        return firstSunday.AddDays(7 * (n - 1));
    }
}
