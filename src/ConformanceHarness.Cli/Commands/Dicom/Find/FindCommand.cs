using System.CommandLine;
using ConformanceHarness.Cli.Commands.Dicom.Network;
using ConformanceHarness.Cli.Commands.Dicom.Query;
using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Cli.Commands.Dicom.Find;

/// <summary>
/// <c>harness dicom find</c>: one C-FIND on the model's FIND SOP class. As text, each match is printed as it arrives
/// (<see cref="MatchText"/>) and a closing <c>#</c> line gives the count and final status; as JSON, stdout is one DICOM
/// JSON array of the matches (PS3.18 F.2) and nothing else. A final status other than Success is exit code 1;
/// Ctrl+C sends C-CANCEL and exits 2.
/// </summary>
public sealed class FindCommand(DicomPeer peer, QuerySettings query, bool json, InvocationConfiguration io)
{
    public Task<int> ExecuteAsync(CancellationToken cancellationToken) =>
        NetworkRun.ExecuteAsync(io, peer.EvidencePath, events =>
            peer.UseAsync([PresentationContextProposal.For(query.Model.FindSopClass)], events,
                association => FindAsync(association, cancellationToken), cancellationToken), cancellationToken);

    private async Task<int> FindAsync(DicomAssociation association, CancellationToken cancellationToken)
    {
        var matches = new List<DicomDataset>();
        CFindResponse? final = null;
        await foreach (var response in association.FindAsync(query.Model.FindSopClass, query.Identifier, cancellationToken))
        {
            if (response.Status.State != DicomStatusState.Pending)
            {
                final = response;
                break;
            }
            var match = response.Dataset ?? new DicomDataset();
            matches.Add(match);
            if (!json) WriteText(matches.Count, match);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (json) io.Output.WriteLine(MatchJson.Array(matches));
        var outcome = $"C-FIND {peer}: {matches.Count} match{(matches.Count == 1 ? "" : "es")}, {StatusText.Of(final!)}";
        if (!json) io.Output.WriteLine("# " + outcome);
        io.Output.Flush();
        return final!.Status.State == DicomStatusState.Success ? ExitCodes.Success : HarnessFailure.Report(io.Error, outcome);
    }

    private void WriteText(int number, DicomDataset match)
    {
        io.Output.WriteLine($"# match {number}");
        MatchText.Write(io.Output, match);
    }
}
