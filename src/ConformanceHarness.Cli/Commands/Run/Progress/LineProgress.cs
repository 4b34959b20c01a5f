using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Cli.Commands.Run.Progress;

/// <summary>
/// Progress for logs and pipes: one line per finished scenario,
/// <c>✓ Feature › Scenario (12 ms)</c>, with the outcome spelled out when it did not pass.
/// </summary>
public sealed class LineProgress(TextWriter output) : IRunEventListener
{
    public void OnEvent(RunEvent runEvent)
    {
        if (runEvent is not TestCaseFinished finished) return;
        output.WriteLine(Format(finished.Result));
        output.Flush();
    }

    public static string Format(ScenarioResult result)
    {
        var line = $"{OutcomeSymbols.Symbol(result.Outcome)} {result.TestCase.DisplayName} ({OutcomeSymbols.Milliseconds(result.Duration)})";
        return result.Outcome == Outcome.Passed ? line : $"{line} {OutcomeSymbols.Word(result.Outcome)}";
    }
}
