using System.CommandLine;
using ConformanceHarness.Cli.Commands.Dicom.Network;
using ConformanceHarness.Cli.Commands.Dicom.Query;
using ConformanceHarness.Dicom.Network.Association;

namespace ConformanceHarness.Cli.Commands.Dicom.Move;

/// <summary>
/// <c>harness dicom move</c>: one C-MOVE on the model's MOVE SOP class asking the peer to send the matching instances to
/// <c>--dest</c> (an AE title in the peer's AE table); prints the progress and final status (<see cref="RetrieveProgress"/>).
/// </summary>
public sealed class MoveCommand(DicomPeer peer, QuerySettings query, string destination, InvocationConfiguration io)
{
    public Task<int> ExecuteAsync(CancellationToken cancellationToken) =>
        NetworkRun.ExecuteAsync(io, peer.EvidencePath, events =>
            peer.UseAsync([PresentationContextProposal.For(query.Model.MoveSopClass)], events, association =>
                RetrieveProgress.FollowAsync(
                    association.MoveAsync(query.Model.MoveSopClass, destination, query.Identifier, cancellationToken),
                    $"C-MOVE {peer} to {destination}", io.Output, io, cancellationToken),
                cancellationToken), cancellationToken);
}
