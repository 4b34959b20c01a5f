using System.Text;

namespace ConformanceHarness.Gherkin.Benchmarks;

/// <summary>
/// Writes a synthetic suite of 500 scenarios: 50 features, each with 6 scenarios and 2 outlines of
/// 2 rows, with backgrounds, tables and doc strings, over a fixed set of step phrasings.
/// </summary>
public static class GeneratedSuite
{
    public const int Features = 50;
    public const int EntriesPerFeature = 8;

    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var f = 0; f < Features; f++)
            File.WriteAllText(Path.Combine(folder, $"feature{f:D2}.feature"), Feature(f));
        return folder;
    }

    private static string Feature(int f)
    {
        var text = new StringBuilder($"@generated @f{f}\nFeature: Generated feature {f}\n\n  Background:\n    Given an archive at port {4000 + f}\n\n");
        for (var s = 0; s < EntriesPerFeature; s++)
            text.Append(s % 4 == 3 ? Outline(f, s) : Scenario(f, s));
        return text.ToString();
    }

    private static string Scenario(int f, int s) => $"""
          @s{s}
          Scenario: Store study {f}-{s}
            When the PACS sends {s + 1} "CT" instances to "DIR{f}"
            And these patients are registered:
              | id     | issuer | name       |
              | P{f}{s} | ON     | Doe^Jane   |
            Then the archive holds {s + 1} instances
            And the report says:
              ```text/plain
              study {f}-{s}
              ```


        """;

    private static string Outline(int f, int s) => $"""
          Scenario Outline: Query {f}-{s} by <key>
            When the consumer searches by <key> "<value>"
            Then the archive holds <count> instances

            Examples:
              | key     | value | count |
              | patient | P{f}  | 1     |
              | study   | 1.2.{s} | 2   |


        """;
}
