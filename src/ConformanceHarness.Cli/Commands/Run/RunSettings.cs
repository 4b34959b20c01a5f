using System.CommandLine;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Cli.Commands.Run;

/// <summary>The parsed options of <c>harness run</c>, with the defaults applied.</summary>
public sealed record RunSettings(
    IReadOnlyList<string> Paths,
    string TagExpression,
    string? NameFilter,
    int Parallelism,
    string ReportRoot,
    IReadOnlyList<string> Formats,
    TimeSpan? StepTimeout,
    TimeSpan? ScenarioTimeout,
    string? RunId,
    IReadOnlyList<string> BindingPaths,
    bool NoProgress,
    ScenarioOrder Order,
    int Retry)
{
    public static RunSettings From(ParseResult parseResult) => new(
        CommonOptions.GetPaths(parseResult),
        CommonOptions.GetTagExpression(parseResult),
        parseResult.GetValue(CommonOptions.NameOption),
        parseResult.GetValue(RunCommandDefinition.ParallelOption),
        parseResult.GetValue(RunCommandDefinition.ReportDirOption) ?? "reports",
        RunCommandDefinition.SplitFormats(parseResult.GetValue(RunCommandDefinition.FormatOption) ?? []),
        Seconds(parseResult, RunCommandDefinition.StepTimeoutOption),
        Seconds(parseResult, RunCommandDefinition.ScenarioTimeoutOption),
        parseResult.GetValue(RunCommandDefinition.RunIdOption),
        parseResult.GetValue(RunCommandDefinition.BindingsOption) ?? [],
        parseResult.GetValue(RunCommandDefinition.NoProgressOption),
        ScenarioOrder.Parse(parseResult.GetValue(RunCommandDefinition.OrderOption) ?? "defined"),
        parseResult.GetValue(RunCommandDefinition.RetryOption));

    private static TimeSpan? Seconds(ParseResult parseResult, Option<double> option) =>
        parseResult.GetResult(option) is null ? null : TimeSpan.FromSeconds(parseResult.GetValue(option));
}
