using System.Globalization;

namespace ConformanceHarness.Gherkin.Parsing;

/// <summary>A feature path with optional line numbers, as in <c>Features/a.feature:12:30</c>.</summary>
public sealed record FeatureLocation(string Path, IReadOnlyList<int> Lines)
{
    public static FeatureLocation Parse(string text)
    {
        var parts = text.Split(':');
        var lines = new List<int>();
        var end = parts.Length;
        while (end > 1 && int.TryParse(parts[end - 1], NumberStyles.None, CultureInfo.InvariantCulture, out var line))
        {
            lines.Insert(0, line);
            end--;
        }
        return new FeatureLocation(string.Join(':', parts[..end]), lines);
    }
}
