using System.CommandLine;

namespace ConformanceHarness.Cli.Commands.Dicom.Scan;

/// <summary>The arguments of <c>harness dicom scan</c>; the behaviour is in <see cref="ScanCommand"/>.</summary>
public static class ScanCommandDefinition
{
    public static readonly Argument<string[]> PathsArgument = new("paths")
    {
        Description = "Folders to scan recursively (or single files)",
        Arity = ArgumentArity.OneOrMore,
        Validators = { CommonOptions.RejectOptionLikePaths },
    };

    public static Command Create()
    {
        var command = new Command("scan",
            "List the DICOM instances under folders, reading headers only: file, patient ID, study/series/SOP instance UIDs, SOP class, transfer syntax")
        {
            PathsArgument,
        };
        command.SetAction(parseResult => new ScanCommand(parseResult.GetValue(PathsArgument) ?? [], parseResult.InvocationConfiguration).Execute());
        return command;
    }
}
