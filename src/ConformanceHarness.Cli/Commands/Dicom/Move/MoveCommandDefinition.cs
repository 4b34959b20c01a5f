using System.CommandLine;
using ConformanceHarness.Cli.Commands.Dicom.Network;
using ConformanceHarness.Cli.Commands.Dicom.Query;

namespace ConformanceHarness.Cli.Commands.Dicom.Move;

/// <summary>The options of <c>harness dicom move</c>; the behaviour is in <see cref="MoveCommand"/>.</summary>
public static class MoveCommandDefinition
{
    public static readonly Option<string> DestinationOption = new("--dest")
    {
        Description = "Move Destination (0000,0600): the AE title the peer sends the instances to",
        HelpName = "AE",
        Required = true,
        Validators = { NetworkOptionValidators.AeTitle },
    };

    public static Command Create()
    {
        var command = NetworkOptions.Create("move",
            "Ask a Query/Retrieve SCP to send the matching instances to another AE with C-MOVE; prints progress and the final status");
        QueryOptions.AddTo(command);
        command.Options.Add(DestinationOption);
        command.SetAction((parseResult, cancellation) => new MoveCommand(DicomPeer.From(parseResult), QueryOptions.Read(parseResult),
            parseResult.GetValue(DestinationOption)!, parseResult.InvocationConfiguration).ExecuteAsync(cancellation));
        return command;
    }
}
