using System.CommandLine;
using ConformanceHarness.Reporting;

namespace ConformanceHarness.Cli.Commands.Run;

/// <summary>The options of <c>harness run</c>; the behaviour is in <see cref="RunCommand"/>.</summary>
public static class RunCommandDefinition
{
    public static readonly Option<int> ParallelOption = new("--parallel", "-p")
    {
        Description = "Features run at the same time (a feature with a @serial scenario runs alone)",
        DefaultValueFactory = _ => 1,
        HelpName = "N",
        Validators = { result => RunOptionValidators.RequireAtLeast(result, 1) },
    };

    public static readonly Option<string> ReportDirOption = new("--report-dir")
    {
        Description = "Folder that receives <run-id>/ with the report files",
        DefaultValueFactory = _ => "reports",
        HelpName = "DIR",
    };

    public static readonly Option<string[]> FormatOption = new("--format", "-f")
    {
        Description = $"Report formats, comma-separated or repeated: {string.Join(", ", ReportDirectory.Formats)}",
        DefaultValueFactory = _ => [.. ReportDirectory.Formats],
        HelpName = "FORMATS",
        Validators = { RunOptionValidators.ValidateFormats },
    };

    public static readonly Option<double> StepTimeoutOption = new("--step-timeout")
    {
        Description = "Seconds a single step may take before it fails (default 300)",
        HelpName = "SECONDS",
        Validators = { RunOptionValidators.RequirePositive },
    };

    public static readonly Option<double> ScenarioTimeoutOption = new("--scenario-timeout")
    {
        Description = "Seconds a whole scenario may take before it fails",
        HelpName = "SECONDS",
        Validators = { RunOptionValidators.RequirePositive },
    };

    public static readonly Option<string> RunIdOption = new("--run-id")
    {
        Description = "Name of the report folder for this run (default: UTC time and a random suffix)",
        HelpName = "ID",
        Validators = { RunOptionValidators.ValidateRunId },
    };

    public static readonly Option<string[]> BindingsOption = new("--bindings")
    {
        Description = "Extra step-binding assembly (.dll), in addition to ConformanceHarness.Steps; repeatable",
        HelpName = "PATH",
    };

    public static readonly Option<bool> NoProgressOption = new("--no-progress")
    {
        Description = "Do not show live progress or per-scenario lines; print only the summary",
    };

    public static readonly Option<string> OrderOption = new("--order")
    {
        Description = "Scenario order: defined (file order), reverse, random (seed printed) or random:SEED to reproduce",
        DefaultValueFactory = _ => "defined",
        HelpName = "defined|reverse|random[:SEED]",
        Validators = { RunOptionValidators.ValidateOrder },
    };

    public static readonly Option<int> RetryOption = new("--retry")
    {
        Description = "Extra attempts for a scenario that failed (not for undefined, ambiguous, pending or skipped)",
        DefaultValueFactory = _ => 0,
        HelpName = "N",
        Validators = { result => RunOptionValidators.RequireAtLeast(result, 0) },
    };

    public static Command Create()
    {
        var command = new Command("run", "Run the selected scenarios, write reports and print a summary")
        {
            CommonOptions.PathsArgument, CommonOptions.TagsOption, CommonOptions.NameOption, ParallelOption,
            ReportDirOption, FormatOption, StepTimeoutOption, ScenarioTimeoutOption, RunIdOption, BindingsOption,
            NoProgressOption, OrderOption, RetryOption,
        };
        command.SetAction((parseResult, cancellation) =>
            new RunCommand(RunSettings.From(parseResult), parseResult.InvocationConfiguration).ExecuteAsync(cancellation));
        return command;
    }

    /// <summary>"ndjson,junit" and "--format ndjson --format junit" both work.</summary>
    public static IReadOnlyList<string> SplitFormats(IEnumerable<string> values) =>
        values.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(value => value.ToLowerInvariant()).Distinct().ToList();
}
