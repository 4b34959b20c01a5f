namespace ConformanceHarness.Gherkin.Events;

/// <summary>The run began; <paramref name="RunId"/> names the report folder.</summary>
public sealed record TestRunStarted(string RunId, string Id) : RunEvent;
