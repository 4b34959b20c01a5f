using System.CommandLine;
using ConformanceHarness.Cli.Commands.Dicom.Network;

namespace ConformanceHarness.Cli.Commands.Dicom.Echo;

/// <summary>The arguments of <c>harness dicom echo</c>; the behaviour is in <see cref="EchoCommand"/>.</summary>
public static class EchoCommandDefinition
{
    public static Command Create()
    {
        var command = NetworkOptions.Create("echo", "Verify a DICOM peer: associate, send C-ECHO (Verification SOP Class), print the status and release");
        command.SetAction((parseResult, cancellation) =>
            new EchoCommand(DicomPeer.From(parseResult), parseResult.InvocationConfiguration).ExecuteAsync(cancellation));
        return command;
    }
}
