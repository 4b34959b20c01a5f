using System.CommandLine;
using ConformanceHarness.Cli.Commands.Dicom.Network;
using ConformanceHarness.Cli.Commands.Dicom.Query;

namespace ConformanceHarness.Cli.Commands.Dicom.Find;

/// <summary>The options of <c>harness dicom find</c>; the behaviour is in <see cref="FindCommand"/>.</summary>
public static class FindCommandDefinition
{
    public static readonly Option<string> FormatOption = CreateFormatOption();

    public static Command Create()
    {
        var command = NetworkOptions.Create("find",
            "Query a Query/Retrieve SCP with C-FIND and print each match (Keyword = value lines, or a DICOM JSON array)");
        QueryOptions.AddTo(command);
        command.Options.Add(FormatOption);
        command.SetAction((parseResult, cancellation) => new FindCommand(DicomPeer.From(parseResult), QueryOptions.Read(parseResult),
            parseResult.GetValue(FormatOption) == "json", parseResult.InvocationConfiguration).ExecuteAsync(cancellation));
        return command;
    }

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format")
        {
            Description = "text (Keyword = value lines) or json (a DICOM JSON array, PS3.18 F.2)",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }
}
