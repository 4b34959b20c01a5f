namespace ConformanceHarness.Cli.Commands.List;

/// <summary>A feature file as <c>harness list</c> shows it: the selected scenarios, or its syntax errors.</summary>
public sealed record FeatureListing(string Uri, string Name, IReadOnlyList<string> Tags,
    IReadOnlyList<ScenarioListing> Scenarios, IReadOnlyList<string> ParseErrors);
