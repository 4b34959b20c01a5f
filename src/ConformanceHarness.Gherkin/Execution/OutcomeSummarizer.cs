namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Rolls step outcomes up into a scenario outcome and scenarios into a run, with one visible rule:
/// the most severe outcome wins, in the order Error &gt; Failed &gt; Ambiguous &gt; Undefined &gt;
/// Pending &gt; Skipped &gt; Passed. Passed is the identity; an empty list is Passed.
/// </summary>
public static class OutcomeSummarizer
{
    public static Outcome Combine(Outcome a, Outcome b) => a >= b ? a : b;

    public static Outcome Summarize(IEnumerable<Outcome> outcomes) =>
        outcomes.Aggregate(Outcome.Passed, Combine);

    /// <summary>
    /// The harness exit code for a set of scenario outcomes: 2 when the harness or the bindings
    /// were wrong or nothing ran, 1 when the SUT failed, 0 when everything selected passed or was skipped.
    /// </summary>
    public static int ExitCode(IReadOnlyCollection<Outcome> outcomes, bool harnessProblems)
    {
        if (harnessProblems || outcomes.Count == 0) return 2;
        if (outcomes.All(outcome => outcome == Outcome.Skipped)) return 2;
        var worst = Summarize(outcomes);
        return worst switch
        {
            Outcome.Error or Outcome.Ambiguous or Outcome.Undefined or Outcome.Pending => 2,
            Outcome.Failed => 1,
            _ => 0,
        };
    }
}
