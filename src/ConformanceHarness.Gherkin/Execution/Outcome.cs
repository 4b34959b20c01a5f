namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// What happened to a step or scenario, keeping "the SUT is wrong" (Failed), "the harness is wrong"
/// (Error) and "could not or should not run" (Skipped, Pending) apart. Undefined and Ambiguous are
/// binding errors, never failures. Declared from least to most severe (see <see cref="OutcomeSummarizer"/>).
/// </summary>
public enum Outcome
{
    Passed,
    Skipped,
    Pending,
    Undefined,
    Ambiguous,
    Failed,
    Error,
}
