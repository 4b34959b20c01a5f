using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Parsing;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>Everything a run produced: scenario results, parse and binding errors, and the exit code.</summary>
public sealed record RunResult(
    string RunId,
    IReadOnlyList<ScenarioResult> Scenarios,
    IReadOnlyList<FeatureParseError> ParseErrors,
    IReadOnlyList<BindingError> BindingErrors,
    IReadOnlyList<HookFailure> HookFailures,
    TimeSpan Duration)
{
    /// <summary>The order the run took; a random order carries the seed that reproduces it.</summary>
    public ScenarioOrder Order { get; init; } = ScenarioOrder.Defined;

    /// <summary>Scenarios that passed only after one or more failed attempts.</summary>
    public IReadOnlyList<ScenarioResult> Flaky => Scenarios.Where(scenario => scenario.IsFlaky).ToList();

    public bool HarnessProblems =>
        ParseErrors.Count > 0 || BindingErrors.Count > 0 || HookFailures.Count > 0;

    public int ExitCode => OutcomeSummarizer.ExitCode(Scenarios.Select(s => s.Outcome).ToList(), HarnessProblems);

    public bool Success => ExitCode == 0;

    public int Count(Outcome outcome) => Scenarios.Count(scenario => scenario.Outcome == outcome);
}
