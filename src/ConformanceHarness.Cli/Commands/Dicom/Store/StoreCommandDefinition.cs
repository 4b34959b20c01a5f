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

    public static readonly Option<int> AsyncWindowOption = new("--async-window")
    {
        Description = "C-STOREs kept in flight at once (asynchronous operations window, PS3.7 D.3.3.3); the peer may grant fewer, " +
            "and one at a time is used when it answers none",
        DefaultValueFactory = _ => 1,
        HelpName = "N",
        Validators = { result => { if (result.GetValueOrDefault<int>() is < 1 or > 64) result.AddError("--async-window must be 1 to 64"); } },
    };

    public static Command Create()
    {
        var command = NetworkOptions.Create("store",
            "Send DICOM files to a storage SCP with C-STORE, all on one association; a line per file and a summary");
        command.Arguments.Add(PathsArgument);
        command.Options.Add(AsyncWindowOption);
        command.SetAction((parseResult, cancellation) =>
        {
            var peer = DicomPeer.From(parseResult);
            peer = peer with { Client = peer.Client with { AsynchronousOperationsWindow = parseResult.GetValue(AsyncWindowOption) } };
            return new StoreCommand(peer, parseResult.GetValue(PathsArgument) ?? [], parseResult.InvocationConfiguration).ExecuteAsync(cancellation);
        });
        return command;
    }
}
