using System.CommandLine;

namespace ConformanceHarness.Cli.Commands.Dicom.Json;

/// <summary>The arguments and options of <c>harness dicom json</c>; the behaviour is in <see cref="JsonCommand"/>.</summary>
public static class JsonCommandDefinition
{
    public static readonly Argument<string> FileArgument = new("file")
    {
        Description = "The DICOM file",
        Validators = { CommonOptions.RejectOptionLikePaths },
    };

    public static readonly Option<bool> CompactOption = new("--compact")
    {
        Description = "One line of JSON instead of indented",
    };

    public static Command Create()
    {
        var command = new Command("json",
            "Print the data set of a DICOM file as a DICOM JSON Model object (PS3.18 Annex F); binary values inline as base64")
        {
            FileArgument, CompactOption,
        };
        command.SetAction(parseResult => new JsonCommand(
            parseResult.GetValue(FileArgument)!,
            indented: !parseResult.GetValue(CompactOption),
            parseResult.InvocationConfiguration).Execute());
        return command;
    }
}
