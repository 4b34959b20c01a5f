namespace ConformanceHarness.Cli.Commands.List;

/// <summary>One example row of an outline: its cells, its <c>uri:line</c> and the tags it adds to the outline's.</summary>
public sealed record ExampleListing(string Label, string Location, IReadOnlyList<string> Tags);
