namespace ConformanceHarness.Gherkin.Execution;

/// <summary>A finished scenario: its plan, the result of each planned step, the roll-up and timing.</summary>
public sealed record ScenarioResult(TestCasePlan TestCase, IReadOnlyList<StepResult> Steps, Outcome Outcome,
    DateTimeOffset Started, TimeSpan Duration)
{
    /// <summary>The first message of the step that decided the outcome, for summaries.</summary>
    public string? Message => Steps.FirstOrDefault(step => step.Outcome == Outcome)?.Message;
}
