using ConformanceHarness.Cli.Commands.Run.Progress;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Cli.Commands.Run;

/// <summary>
/// Lists what went wrong, as plain lines an editor or CI log can use: parse errors
/// (<c>file:line:column: message</c>), binding errors, hook failures, event-listener errors, flaky scenarios, and each
/// non-passing scenario with its outcome, location and message (undefined steps get their snippet).
/// </summary>
public sealed class RunProblemsWriter(TextWriter output)
{
    public void Write(RunResult result, SnippetCollector snippets, IReadOnlyList<string> writerErrors)
    {
        Section("Parse errors", result.ParseErrors.Select(error => error.ToString()));
        Section("Binding errors", result.BindingErrors.Select(error => error.ToString()));
        Section("Hook failures", result.HookFailures.Select(failure => failure.ToString()));
        Section("Event listener errors (reports, progress)", writerErrors);
        Section("Flaky scenarios (passed only on a retry)", result.Flaky.Select(scenario =>
            $"{scenario.TestCase.DisplayName} at {scenario.TestCase.LocationKey}: passed on attempt {scenario.Attempt + 1}"));
        var notPassed = result.Scenarios.Where(scenario => scenario.Outcome != Outcome.Passed).ToList();
        if (notPassed.Count == 0) return;
        output.WriteLine();
        output.WriteLine("Scenarios that did not pass:");
        foreach (var scenario in notPassed)
            WriteScenario(scenario, snippets.For(scenario.TestCase.Id));
    }

    private void Section(string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0) return;
        output.WriteLine();
        output.WriteLine($"{title}:");
        foreach (var line in list) output.WriteLine($"  {line}");
    }

    private void WriteScenario(ScenarioResult scenario, IReadOnlyList<string> snippets)
    {
        var outcome = OutcomeSymbols.Word(scenario.Outcome);
        output.WriteLine($"  {OutcomeSymbols.Symbol(scenario.Outcome)} {scenario.TestCase.DisplayName} [{outcome}] at {scenario.TestCase.LocationKey}");
        if (!string.IsNullOrWhiteSpace(scenario.Message))
            output.WriteLine(Indent(scenario.Message, "      "));
        foreach (var snippet in snippets)
        {
            output.WriteLine("      Add this step definition:");
            output.WriteLine(Indent(snippet, "        "));
        }
    }

    private static string Indent(string text, string prefix) =>
        string.Join(Environment.NewLine, text.ReplaceLineEndings("\n").Split('\n').Select(line => prefix + line));
}
