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
    public bool HarnessProblems =>
        ParseErrors.Count > 0 || BindingErrors.Count > 0 || HookFailures.Count > 0;

    public int ExitCode => OutcomeSummarizer.ExitCode(Scenarios.Select(s => s.Outcome).ToList(), HarnessProblems);

    public bool Success => ExitCode == 0;

    public int Count(Outcome outcome) => Scenarios.Count(scenario => scenario.Outcome == outcome);
}
