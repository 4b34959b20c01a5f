using ConformanceHarness.Gherkin.Tables;

namespace ConformanceHarness.Gherkin.Tests.Tables;

/// <summary>Builds tables from Gherkin-like lines such as "| Make | Year |" to keep tests readable.</summary>
internal static class TableText
{
    public static DataTable Parse(params string[] lines) =>
        new(lines.Select(line => (IReadOnlyList<string>)line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToArray());
}
