using System.Runtime.CompilerServices;

using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Association;

public sealed partial class DicomAssociation
{
    /// <summary>C-ECHO (Verification SOP Class).</summary>
    public async Task<DicomStatus> EchoAsync(CancellationToken cancellationToken = default)
    {
        var request = new CEchoRequest(NextMessageId());
        return (await SingleAsync(request, ContextFor(CEchoRequest.VerificationSOPClassUID, null), cancellationToken)).Status;
    }

    /// <summary>C-STORE of one instance, on the context for its SOP class that keeps its transfer syntax if there is
    /// one, else on one whose transfer syntax it can be transcoded to.</summary>
    /// <param name="moveOriginator">Move Originator AE title and Message ID when the store is a C-MOVE sub-operation.</param>
    public async Task<CStoreResponse> StoreAsync(DicomInstance instance, (string AeTitle, ushort MessageId)? moveOriginator = null,
        CancellationToken cancellationToken = default)
    {
        var context = ContextFor(instance.SopClassUid, instance.TransferSyntax);
        var request = instance.ToRequest(NextMessageId());
        if (moveOriginator is { } originator)
        {
            request.MoveOriginatorAETitle = originator.AeTitle;
            request.MoveOriginatorMessageID = originator.MessageId;
        }
        return (CStoreResponse)await SingleAsync(request, context, cancellationToken);
    }

    /// <summary>C-FIND: the Pending responses (each with an identifier), then the final one.</summary>
    public IAsyncEnumerable<CFindResponse> FindAsync(string sopClassUid, DicomDataset identifier, CancellationToken cancellationToken = default) =>
        ResponsesAsync<CFindResponse>(new CFindRequest(NextMessageId(), sopClassUid, identifier), cancellationToken);

    /// <summary>C-MOVE to <paramref name="destination"/> (an AE title the peer knows).</summary>
    public IAsyncEnumerable<CMoveResponse> MoveAsync(string sopClassUid, string destination, DicomDataset identifier, CancellationToken cancellationToken = default) =>
        ResponsesAsync<CMoveResponse>(new CMoveRequest(NextMessageId(), sopClassUid, destination, identifier), cancellationToken);

    /// <summary>C-GET: the instances arrive as C-STORE requests on this association, answered by this side's
    /// <see cref="DicomServiceHandler.OnCStoreAsync"/>; the responses carry the sub-operation counts.</summary>
    public IAsyncEnumerable<CGetResponse> GetAsync(string sopClassUid, DicomDataset identifier, CancellationToken cancellationToken = default) =>
        ResponsesAsync<CGetResponse>(new CGetRequest(NextMessageId(), sopClassUid, identifier), cancellationToken);

    /// <summary>N-ACTION; for Storage Commitment the result then arrives as an N-EVENT-REPORT to this side's handler.</summary>
    public async Task<NActionResponse> ActionAsync(NActionRequest request, CancellationToken cancellationToken = default) =>
        (NActionResponse)await SingleAsync(request, ContextFor(request.RequestedSOPClassUID ?? "", null), cancellationToken);

    private async IAsyncEnumerable<T> ResponsesAsync<T>(DimseRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : DimseResponse
    {
        await foreach (var response in SendRequestAsync(request, ContextFor(request.AffectedSOPClassUID ?? "", null), cancellationToken))
            yield return (T)response;
    }

    private async Task<DimseResponse> SingleAsync(DimseRequest request, byte contextId, CancellationToken cancellationToken)
    {
        await foreach (var response in SendRequestAsync(request, contextId, cancellationToken)) return response;
        throw new DicomAssociationException($"no response to {Name(request)}", End);
    }

    /// <summary>The accepted context for <paramref name="abstractSyntax"/>, preferring <paramref name="syntax"/> and
    /// otherwise one the data set can be transcoded to.</summary>
    /// <exception cref="DicomAssociationException">None: the message lists what was negotiated for it.</exception>
    public byte ContextFor(string abstractSyntax, TransferSyntax? syntax)
    {
        var candidates = PresentationContexts.Where(context => context.AbstractSyntax == abstractSyntax).ToList();
        var accepted = candidates.Where(context => context.IsAccepted).ToList();
        var chosen = accepted.FirstOrDefault(context => syntax is null || context.TransferSyntax == syntax)
            ?? accepted.FirstOrDefault(context => DimseDatasetCodec.CanTranscode(syntax!, context.TransferSyntax!));
        if (chosen is not null) return chosen.Id;
        var name = PresentationContext.NameOf(abstractSyntax);
        throw new DicomAssociationException(candidates.Count == 0
            ? $"no presentation context for {name} was proposed on this association"
            : accepted.Count == 0
                ? $"no presentation context for {name} was accepted: {string.Join("; ", candidates)}"
                : $"{name} in {syntax!.Name} cannot be sent: the accepted transfer syntaxes are {string.Join(", ", accepted.Select(c => c.TransferSyntax!.Name))}");
    }
}
