namespace ConformanceHarness.Cli.Commands.List;

/// <summary>
/// <c>harness list</c> as indented text: each feature, its scenarios at <c>uri:line</c>, example rows
/// beneath their outline, and the tags of each; a count line at the end.
/// </summary>
public static class ListTextWriter
{
    public static void Write(IReadOnlyList<FeatureListing> features, TextWriter output)
    {
        foreach (var feature in features.Where(feature => feature.Scenarios.Count > 0))
        {
            output.WriteLine($"Feature: {feature.Name}  ({feature.Uri}){Tags(feature.Tags)}");
            foreach (var scenario in feature.Scenarios)
                WriteScenario(scenario, output);
            output.WriteLine();
        }
        var scenarios = features.Sum(feature => feature.Scenarios.Sum(scenario => Math.Max(1, scenario.Examples.Count)));
        output.WriteLine(scenarios == 0
            ? "no scenario matched"
            : $"{scenarios} scenario(s) in {features.Count(feature => feature.Scenarios.Count > 0)} feature(s)");
    }

    private static void WriteScenario(ScenarioListing scenario, TextWriter output)
    {
        output.WriteLine($"  {scenario.Location}  {scenario.Name}{Tags(scenario.Tags)}");
        foreach (var example in scenario.Examples)
            output.WriteLine($"    {example.Location}  [{example.Label}]{Tags(example.Tags)}");
    }

    private static string Tags(IReadOnlyList<string> tags) => tags.Count == 0 ? "" : "  " + string.Join(" ", tags);
}
