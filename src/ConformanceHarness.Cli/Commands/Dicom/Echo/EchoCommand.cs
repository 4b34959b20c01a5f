using System.CommandLine;
using ConformanceHarness.Cli.Commands.Dicom.Network;
using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Cli.Commands.Dicom.Echo;

/// <summary>
/// <c>harness dicom echo</c>: one association proposing Verification, one C-ECHO, release. Prints the status; a
/// status other than Success is exit code 1, as is a rejected association (see <see cref="NetworkRun"/>).
/// </summary>
public sealed class EchoCommand(DicomPeer peer, InvocationConfiguration io)
{
    public Task<int> ExecuteAsync(CancellationToken cancellationToken) =>
        NetworkRun.ExecuteAsync(io, peer.EvidencePath, events =>
            peer.UseAsync([PresentationContextProposal.For(DicomUids.Verification)], events, EchoAsync, cancellationToken), cancellationToken);

    private async Task<int> EchoAsync(DicomAssociation association)
    {
        var status = await association.EchoAsync(CancellationToken.None);
        var line = $"C-ECHO {peer}: {StatusText.Of(status)}";
        if (status.State != DicomStatusState.Success) return HarnessFailure.Report(io.Error, line);
        io.Output.WriteLine(line);
        io.Output.Flush();
        return ExitCodes.Success;
    }
}
