using ConformanceHarness.Cli.Commands.Run.Progress;
using ConformanceHarness.Gherkin.Execution;
using Spectre.Console;

namespace ConformanceHarness.Cli.Commands.Run;

/// <summary>
/// The end of a run on stdout: a table of counts per outcome (and of flaky scenarios), duration, the order
/// that reproduces the run (with a random order's seed) and report files, then
/// every harness problem and every scenario that did not pass (see <see cref="RunProblemsWriter"/>).
/// </summary>
public sealed class RunSummaryWriter(IAnsiConsole console, TextWriter output)
{
    public void Write(RunResult result, IReadOnlyList<string> reportFiles, SnippetCollector snippets,
        IReadOnlyList<string> writerErrors)
    {
        output.WriteLine();
        console.Write(SummaryTable(result, reportFiles));
        new RunProblemsWriter(output).Write(result, snippets, writerErrors);
        output.Flush();
    }

    private static Table SummaryTable(RunResult result, IReadOnlyList<string> reportFiles)
    {
        var table = new Table().Title($"Run {Markup.Escape(result.RunId)}").AddColumn("Outcome").AddColumn(new TableColumn("Scenarios").RightAligned());
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            var count = result.Count(outcome);
            if (count > 0 || outcome is Outcome.Passed or Outcome.Failed)
                table.AddRow($"{OutcomeSymbols.Symbol(outcome)} {OutcomeSymbols.Word(outcome)}", Count(count));
        }
        table.AddRow("[bold]total[/]", $"[bold]{Count(result.Scenarios.Count)}[/]");
        if (result.Flaky.Count > 0) table.AddRow("flaky (passed on a retry)", Count(result.Flaky.Count));
        table.AddEmptyRow();
        table.AddRow("duration", Markup.Escape(Duration(result.Duration)));
        if (result.Order.Kind != ScenarioOrderKind.Defined) table.AddRow("order", Markup.Escape($"--order {result.Order}"));
        foreach (var file in reportFiles)
            table.AddRow("report", Markup.Escape(Display(file)));
        if (reportFiles.Count == 0) table.AddRow("report", "[grey](none written)[/]");
        return table;
    }

    /// <summary>Report paths relative to the working directory when they are under it, as the README names them.</summary>
    private static string Display(string file)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative;
    }

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan duration) =>
        duration.TotalSeconds < 1 ? OutcomeSymbols.Milliseconds(duration)
            : $"{duration.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s";
}
