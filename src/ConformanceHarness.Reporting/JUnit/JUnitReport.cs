using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Reporting.JUnit;

/// <summary>What a JUnit document is written from: the finished scenarios, their step logs and the harness problems.</summary>
public sealed record JUnitReport(
    string Name,
    DateTimeOffset Started,
    TimeSpan Duration,
    IReadOnlyList<ScenarioResult> Scenarios,
    IReadOnlyDictionary<string, string> StepLogs,
    IReadOnlyList<HarnessProblem> Problems)
{
    public const string HarnessSuiteName = "harness";
}
