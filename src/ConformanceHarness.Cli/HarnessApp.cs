using System.CommandLine;
using ConformanceHarness.Cli.Commands.Dicom;
using ConformanceHarness.Cli.Commands.Evidence;
using ConformanceHarness.Cli.Commands.Fhir;
using ConformanceHarness.Cli.Commands.Generate;
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
    /// <summary>No response files: a tag expression such as <c>@fhir</c> is an argument, not a file to expand.</summary>
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static RootCommand CreateRootCommand() =>
        new("ConformanceHarness: Ontario medical imaging conformance test harness and reference simulator.")
        {
            RunCommandDefinition.Create(),
            ListCommandDefinition.Create(),
            DicomCommandDefinition.Create(),
            EvidenceCommandDefinition.Create(),
            FhirCommandDefinition.Create(),
            GenerateCommandDefinition.Create(),
        };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr,
        CancellationToken cancellation = default)
    {
        var parseResult = CreateRootCommand().Parse(args, Parsing);
        if (parseResult.Errors.Count > 0 && !IsHelpRequest(parseResult))
            return HarnessError.Report(stderr, MostSpecificError(parseResult));
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

    /// <summary>"harness frob" reports the unknown verb rather than the missing one.</summary>
    private static string MostSpecificError(ParseResult parseResult) => parseResult.UnmatchedTokens.Count > 0
        ? $"unknown command or option '{parseResult.UnmatchedTokens[0]}' (see --help)"
        : parseResult.Errors[0].Message;

    private static bool IsHelpRequest(ParseResult parseResult) =>
        parseResult.Action is System.CommandLine.Help.HelpAction;
}
