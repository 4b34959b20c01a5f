using System.CommandLine;
using ConformanceHarness.Cli.Commands.List;
using ConformanceHarness.Cli.Commands.Run;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Cli;

/// <summary>
/// The <c>harness</c> command line, callable in-process: parse, report a bad command line as one
/// <c>harness: error:</c> line with exit code 2, otherwise invoke the verb with the caller's writers.
/// </summary>
public static class HarnessApp
{
    public static RootCommand CreateRootCommand() =>
        new("ConformanceHarness: Ontario medical imaging conformance test harness and reference simulator.")
        {
            RunCommandDefinition.Create(),
            ListCommandDefinition.Create(),
        };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr,
        CancellationToken cancellation = default)
    {
        var parseResult = CreateRootCommand().Parse(args);
        if (parseResult.Errors.Count > 0 && !IsHelpRequest(parseResult))
            return HarnessError.Report(stderr, parseResult.Errors[0].Message);
        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellation);
        }
        catch (Exception error) when (error is HarnessError or RunConfigurationException)
        {
            return HarnessError.Report(stderr, error.Message);
        }
    }

    private static bool IsHelpRequest(ParseResult parseResult) =>
        parseResult.Action is System.CommandLine.Help.HelpAction;
}
