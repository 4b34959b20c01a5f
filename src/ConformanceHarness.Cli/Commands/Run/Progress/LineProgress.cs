using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Cli.Commands.Run.Progress;

/// <summary>
/// Progress for logs and pipes: one line per finished scenario,
/// <c>✓ Feature › Scenario (12 ms)</c>, with the outcome spelled out when it did not pass, and a line
/// for each attempt that is retried.
/// </summary>
public sealed class LineProgress(TextWriter output) : IRunEventListener
{
    public void OnEvent(RunEvent runEvent)
    {
        if (runEvent is not TestCaseFinished finished) return;
        output.WriteLine(finished.WillBeRetried ? FormatRetry(finished.Result) : Format(finished.Result));
        output.Flush();
    }

    /// <summary>An attempt that will be retried: <c>↻ Feature › Scenario (12 ms) failed, retrying (attempt 2)</c>.</summary>
    public static string FormatRetry(ScenarioResult result) =>
        $"↻ {result.TestCase.DisplayName} ({OutcomeSymbols.Milliseconds(result.Duration)}) {OutcomeSymbols.Word(result.Outcome)}, " +
        $"retrying (attempt {result.Attempt + 2})";

    public static string Format(ScenarioResult result)
    {
        var line = $"{OutcomeSymbols.Symbol(result.Outcome)} {result.TestCase.DisplayName} ({OutcomeSymbols.Milliseconds(result.Duration)})";
        if (result.IsFlaky) return $"{line} flaky (passed on attempt {result.Attempt + 1})";
        return result.Outcome == Outcome.Passed ? line : $"{line} {OutcomeSymbols.Word(result.Outcome)}";
    }
}
