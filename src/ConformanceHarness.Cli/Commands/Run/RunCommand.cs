using System.CommandLine;
using ConformanceHarness.Cli.Commands.Run.Progress;
using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Cli.Commands.Run;

/// <summary>
/// <c>harness run</c>: load the bindings, run the selected scenarios with progress shown, write the
/// reports under <c>&lt;report-dir&gt;/&lt;run-id&gt;/</c>, print the summary and return the exit code.
/// Cancellation (Ctrl+C) skips the remaining steps; the reports are still written.
/// </summary>
public sealed class RunCommand(RunSettings settings, InvocationConfiguration io)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellation)
    {
        var options = CreateRunOptions();
        var console = HarnessConsole.Create(io.Output);
        var bus = new RunEventBus();
        var snippets = new SnippetCollector();
        bus.Subscribe(snippets);
        var reports = new DeferredReportSession(settings.ReportRoot, options.RunId!, settings.Formats);
        bus.Subscribe(reports);
        if (options.Order.Kind == ScenarioOrderKind.Random)
            io.Output.WriteLine($"Running in random order; reproduce it with --order {options.Order}");
        RunResult result;
        try
        {
            result = await ProgressDisplay.RunAsync(console, io.Output, bus, settings.NoProgress,
                () => new GherkinRunner(options, bus).RunAsync(cancellation));
        }
        finally
        {
            reports.Dispose();
        }
        var writerErrors = bus.ListenerErrors.Concat(reports.WriterErrors).ToList();
        new RunSummaryWriter(console, io.Output).Write(result, reports.Files, snippets, writerErrors);
        return ExitCode(result, cancellation.IsCancellationRequested);
    }

    private RunOptions CreateRunOptions()
    {
        var baseDirectory = Directory.GetCurrentDirectory();
        return new RunOptions
        {
            Paths = settings.Paths,
            BaseDirectory = baseDirectory,
            TagExpression = settings.TagExpression,
            NameFilter = settings.NameFilter,
            Parallelism = settings.Parallelism,
            StepTimeout = settings.StepTimeout ?? RunOptions.DefaultStepTimeout,
            ScenarioTimeout = settings.ScenarioTimeout,
            BindingAssemblies = BindingAssemblyLoader.Load(settings.BindingPaths, baseDirectory),
            RunId = settings.RunId ?? RunIds.New(),
            Order = settings.Order.WithSeed(),
            Retry = settings.Retry,
        };
    }

    /// <summary>The runner's exit code, except that a cancelled run is never a verdict, and an empty one says why.</summary>
    private int ExitCode(RunResult result, bool cancelled)
    {
        if (cancelled)
            return HarnessError.Report(io.Error, "the run was cancelled; the remaining steps were skipped");
        if (result.Scenarios.Count == 0 && !result.HarnessProblems)
            return HarnessError.Report(io.Error, $"no scenario matched {DescribeSelection()}");
        return result.ExitCode;
    }

    private string DescribeSelection()
    {
        var selection = $"paths {string.Join(" ", settings.Paths)} with tags '{settings.TagExpression}'";
        return settings.NameFilter is null ? selection : $"{selection} and name /{settings.NameFilter}/";
    }
}
