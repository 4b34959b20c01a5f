using System.CommandLine;
using ConformanceHarness.Cli.Commands.Dicom.Network;
using ConformanceHarness.Cli.Commands.Dicom.Query;
using ConformanceHarness.Dicom.Network.Association;

namespace ConformanceHarness.Cli.Commands.Dicom.Get;

/// <summary>
/// <c>harness dicom get</c>: one C-GET on the model's GET SOP class; the instances come back on the same association as
/// C-STORE sub-operations, for which this side proposed the SCP role (PS3.7 D.3.3.4) on one context per storage SOP
/// class, and are written to <c>--out</c> as Part 10 files (<see cref="ReportingStorageHandler"/>), a line each.
/// </summary>
public sealed class GetCommand(DicomPeer peer, QuerySettings query, IReadOnlyList<string> sopClasses, string folder, InvocationConfiguration io)
{
    public Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var output = TextWriter.Synchronized(io.Output);
        var handler = ReportingStorageHandler.Create(folder, (_, line) => output.WriteLine(line));
        return NetworkRun.ExecuteAsync(io, peer.EvidencePath, events =>
            peer.UseAsync(Proposals(), events, association =>
                RetrieveProgress.FollowAsync(association.GetAsync(query.Model.GetSopClass, query.Identifier, cancellationToken),
                    $"C-GET {peer}", output, io, cancellationToken),
                cancellationToken, handler), cancellationToken);
    }

    /// <summary>The GET SOP class, then each storage SOP class in every known transfer syntax (uncompressed first) with
    /// the SCP role: the files keep the syntax the peer sends.</summary>
    private IReadOnlyList<PresentationContextProposal> Proposals() =>
    [
        PresentationContextProposal.For(query.Model.GetSopClass),
        .. sopClasses.Select(uid => new PresentationContextProposal(uid, AssociationPolicy.AllTransferSyntaxes, ProposeScuRole: false, ProposeScpRole: true)),
    ];
}
