namespace ConformanceHarness.Gherkin.Execution;

public enum StepMatchKind
{
    Matched,
    Undefined,
    Ambiguous,
}
