using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>
/// C-MOVE and C-GET SCP, PS3.4 C.4.2 / C.4.3: the handler names the instances, each goes out as a C-STORE
/// sub-operation — to the move destination (resolved through the AE table) or back on the same association — with a
/// Pending response after each carrying the remaining/completed/failed/warning counts, then the final response
/// (Success, B000 with failures, Cancel on C-CANCEL) listing failed SOP instances.
/// </summary>
internal static class RetrieveService
{
    private static readonly DicomTag FailedSOPInstanceUIDList = new(0x0008, 0x0058);

    public static async Task ServeAsync(DimseRequestContext context, DimsePriorityRequest request)
    {
        IReadOnlyList<DicomInstance> instances;
        DicomAssociation? target;
        try
        {
            instances = await InstancesAsync(context, request);
            target = request is CMoveRequest move ? await ConnectAsync(context, move, instances) : context.Association;
        }
        catch (Exception error) when (error is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            var refused = Response(request, InboundServices.StatusOf(error) is { State: DicomStatusState.Failure } status ? status : Failure(request));
            refused.ErrorComment = InboundServices.Truncate(error.Message);
            await context.Association.RespondAsync(context, refused);
            return;
        }
        var counts = target is null ? new SuboperationCounts(0) : await SendAllAsync(context, request, target, instances);
        if (target is not null && target != context.Association) await target.ReleaseAsync(CancellationToken.None);
        await context.Association.RespondAsync(context, Final(request, counts));
    }

    private static Task<IReadOnlyList<DicomInstance>> InstancesAsync(DimseRequestContext context, DimsePriorityRequest request) =>
        request is CMoveRequest move
            ? context.Association.Settings.Handler.OnCMoveAsync(context, move)
            : context.Association.Settings.Handler.OnCGetAsync(context, (CGetRequest)request);

    /// <summary>The association to the move destination; null when there is nothing to send (the destination is still checked).</summary>
    private static async Task<DicomAssociation?> ConnectAsync(DimseRequestContext context, CMoveRequest move, IReadOnlyList<DicomInstance> instances)
    {
        var connect = context.Association.Settings.ConnectToMoveDestination
            ?? throw new DimseStatusException(DicomStatus.Lookup(0xA801, DimseCommandField.CMoveResponse), "this AE has no move destinations");
        return await connect(move.MoveDestination, Proposals(instances), context.CancellationToken);
    }

    /// <summary>Per SOP class: a context for each transfer syntax the instances are in, so each can go unchanged when the
    /// destination accepts it, and one proposing the uncompressed syntaxes to fall back on.</summary>
    private static List<PresentationContextProposal> Proposals(IReadOnlyList<DicomInstance> instances) =>
        [.. instances.GroupBy(instance => instance.SopClassUid).SelectMany(group => group.Select(instance => instance.TransferSyntax)
            .Distinct().Except(PresentationContextProposal.Uncompressed)
            .Select(syntax => new PresentationContextProposal(group.Key, [syntax]))
            .Append(new PresentationContextProposal(group.Key, PresentationContextProposal.Uncompressed)))];

    private static async Task<SuboperationCounts> SendAllAsync(DimseRequestContext context, DimsePriorityRequest request,
        DicomAssociation target, IReadOnlyList<DicomInstance> instances)
    {
        var counts = new SuboperationCounts(instances.Count);
        var originator = request is CMoveRequest ? (context.Association.CallingAeTitle, request.MessageID) : ((string, ushort)?)null;
        foreach (var instance in instances)
        {
            if (context.CancellationToken.IsCancellationRequested)
            {
                counts.Cancelled = true;
                break;
            }
            counts.Add(instance.SopInstanceUid, await StoreAsync(target, instance, originator));
            var pending = Response(request, DicomStatus.Pending);
            counts.WriteTo(pending, final: false);
            await context.Association.RespondAsync(context, pending);
        }
        return counts;
    }

    private static async Task<DicomStatus> StoreAsync(DicomAssociation target, DicomInstance instance, (string, ushort)? originator)
    {
        try
        {
            return (await target.StoreAsync(instance, originator, CancellationToken.None)).Status;
        }
        catch (Exception error) when (error is DicomAssociationException or InvalidOperationException or DicomFormatException or TimeoutException)
        {
            return DicomStatus.ProcessingFailure;
        }
    }

    private static DimseSuboperationsResponse Final(DimsePriorityRequest request, SuboperationCounts counts)
    {
        var status = counts.Cancelled ? DicomStatus.Cancel
            : counts.Failed + counts.Warning == 0 ? DicomStatus.Success
            : DicomStatus.Lookup(0xB000, request.CommandField);
        var final = Response(request, status);
        counts.WriteTo(final, final: !counts.Cancelled);
        if (counts.FailedUids.Count > 0) final.Dataset = FailedList(counts.FailedUids);
        return final;
    }

    private static DicomDataset FailedList(IReadOnlyList<string> uids)
    {
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(FailedSOPInstanceUIDList, string.Join('\\', uids));
        return dataset;
    }

    private static DicomStatus Failure(DimsePriorityRequest request) => DicomStatus.Lookup(0xC000, request.CommandField);

    private static DimseSuboperationsResponse Response(DimsePriorityRequest request, DicomStatus status) => request switch
    {
        CMoveRequest move => new CMoveResponse(move, status),
        _ => new CGetResponse((CGetRequest)request, status),
    };
}
