using System.CommandLine;
using ConformanceHarness.Cli.Commands.Dicom.Network;

namespace ConformanceHarness.Cli.Commands.Dicom.Store;

/// <summary>The arguments of <c>harness dicom store</c>; the behaviour is in <see cref="StoreCommand"/>.</summary>
public static class StoreCommandDefinition
{
    public static readonly Argument<string[]> PathsArgument = new("paths")
    {
        Description = "DICOM Part 10 files, or folders searched recursively (other files are skipped with a note)",
        Arity = ArgumentArity.OneOrMore,
        Validators = { CommonOptions.RejectOptionLikePaths },
    };

    public static Command Create()
    {
        var command = NetworkOptions.Create("store",
            "Send DICOM files to a storage SCP with C-STORE, all on one association; a line per file and a summary");
        command.Arguments.Add(PathsArgument);
        command.SetAction((parseResult, cancellation) => new StoreCommand(DicomPeer.From(parseResult),
            parseResult.GetValue(PathsArgument) ?? [], parseResult.InvocationConfiguration).ExecuteAsync(cancellation));
        return command;
    }
}
