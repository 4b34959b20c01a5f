using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Cli.Commands.Run.Progress;

/// <summary>How an outcome is shown in progress lines and the summary: a symbol and a lower-case word.</summary>
public static class OutcomeSymbols
{
    public static string Symbol(Outcome outcome) => outcome switch
    {
        Outcome.Passed => "✓",
        Outcome.Failed or Outcome.Error => "✗",
        Outcome.Undefined or Outcome.Ambiguous => "?",
        _ => "…",
    };

    public static string Word(Outcome outcome) => outcome.ToString().ToLowerInvariant();

    public static string Milliseconds(TimeSpan duration) =>
        $"{Math.Round(duration.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture)} ms";
}
