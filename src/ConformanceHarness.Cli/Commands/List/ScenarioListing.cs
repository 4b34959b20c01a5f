namespace ConformanceHarness.Cli.Commands.List;

/// <summary>A scenario or outline at <c>uri:line</c>; an outline lists its selected example rows.</summary>
public sealed record ScenarioListing(string Name, string Location, IReadOnlyList<string> Tags,
    IReadOnlyList<ExampleListing> Examples);
