using System.CommandLine;

namespace ConformanceHarness.Cli.Commands.List;

/// <summary>The options of <c>harness list</c>; the behaviour is in <see cref="ListCommand"/>.</summary>
public static class ListCommandDefinition
{
    public static readonly Option<string> FormatOption = new("--format", "-f")
    {
        Description = "Output format: text or json",
        DefaultValueFactory = _ => "text",
        HelpName = "text|json",
    };

    public static Command Create()
    {
        FormatOption.AcceptOnlyFromAmong("text", "json");
        var command = new Command("list",
            "List the features, scenarios (with example rows and uri:line) and tags that run would select, without running them")
        {
            CommonOptions.PathsArgument, CommonOptions.TagsOption, CommonOptions.NameOption, FormatOption,
        };
        command.SetAction(parseResult => new ListCommand(
            CommonOptions.GetPaths(parseResult),
            CommonOptions.GetTagExpression(parseResult),
            parseResult.GetValue(CommonOptions.NameOption),
            parseResult.GetValue(FormatOption) ?? "text",
            parseResult.InvocationConfiguration).Execute());
        return command;
    }
}
