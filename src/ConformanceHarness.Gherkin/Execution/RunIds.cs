using System.Globalization;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>Run ids name report folders: sortable UTC time plus a short random suffix.</summary>
public static class RunIds
{
    public static string New() =>
        DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" +
        Guid.NewGuid().ToString("N")[..6];
}
