namespace ConformanceHarness.Gherkin.Execution;

/// <summary>The result of one step or hook: outcome, duration and, when it did not pass, why.</summary>
public sealed record StepResult(Outcome Outcome, TimeSpan Duration, string? Message = null, Exception? Exception = null)
{
    public static StepResult Passed(TimeSpan duration) => new(Outcome.Passed, duration);

    public static StepResult Skipped(string? reason = null) => new(Outcome.Skipped, TimeSpan.Zero, reason);
}
