using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>A test-run or feature hook that did not pass; the run then ends with the harness exit code.</summary>
public sealed record HookFailure(HookBinding Hook, StepResult Result, string? FeatureUri)
{
    public override string ToString() =>
        $"{Hook}{(FeatureUri is null ? "" : $" for {FeatureUri}")}: {Result.Outcome}: {Result.Message}";
}
