namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// How a pickle step matched the bindings: one candidate, none (undefined, with the reason), or
/// several (ambiguous, with every candidate listed in <see cref="Message"/>).
/// </summary>
public sealed record StepMatch(StepMatchKind Kind, IReadOnlyList<StepCandidate> Candidates, string? Message)
{
    public StepCandidate? Single => Kind == StepMatchKind.Matched ? Candidates[0] : null;
}
