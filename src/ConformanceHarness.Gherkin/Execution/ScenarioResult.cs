namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// A finished attempt at a scenario: its plan, the result of each planned step, the roll-up and timing.
/// With retries, a scenario's result is its last attempt, which lists the attempts before it.
/// </summary>
public sealed record ScenarioResult(TestCasePlan TestCase, IReadOnlyList<StepResult> Steps, Outcome Outcome,
    DateTimeOffset Started, TimeSpan Duration)
{
    /// <summary>The attempts before this one, first to last (empty unless the scenario was retried).</summary>
    public IReadOnlyList<ScenarioResult> EarlierAttempts { get; init; } = [];

    /// <summary>Which attempt this is, from 0 (as <c>testCaseStarted.attempt</c>).</summary>
    public int Attempt => EarlierAttempts.Count;

    /// <summary>Passed, but only after one or more attempts that did not.</summary>
    public bool IsFlaky => Outcome == Outcome.Passed && EarlierAttempts.Count > 0;

    /// <summary>The first message of the step that decided the outcome, for summaries.</summary>
    public string? Message => Steps.FirstOrDefault(step => step.Outcome == Outcome)?.Message;
}
