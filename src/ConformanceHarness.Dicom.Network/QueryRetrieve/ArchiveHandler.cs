using System.Runtime.CompilerServices;

using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>
/// The reference archive's SCP: C-STORE into the <see cref="InstanceArchive"/>, C-FIND, C-MOVE and C-GET of the
/// Patient Root and Study Root information models (PS3.4 C.6.1, C.6.2) over it, and Storage Commitment Push Model
/// (PS3.4 J.3) from what it holds. Serve it with <see cref="Association.AssociationPolicy.Archive"/>.
/// </summary>
public class ArchiveHandler(InstanceArchive archive) : DicomServiceHandler
{
    public InstanceArchive Archive { get; } = archive;

    /// <summary>Stores and indexes; A900 for an instance the archive cannot place (no valid SOP Instance, Study or Series
    /// Instance UID), C000 for a data set it cannot read, A700 when it cannot be written.</summary>
    public override async Task<DicomStatus> OnCStoreAsync(DimseRequestContext context, CStoreRequest request)
    {
        try
        {
            await Archive.StoreAsync(request.AffectedSOPClassUID ?? "", request.AffectedSOPInstanceUID ?? "", context.PresentationContext.TransferSyntax!,
                request.EncodedDataset ?? ReadOnlyMemory<byte>.Empty, context.Association.CallingAeTitle, context.CancellationToken);
            return DicomStatus.Success;
        }
        catch (Exception error) when (error is ArgumentException or DicomFormatException or IOException)
        {
            var code = error switch { ArgumentException => 0xA900, IOException => 0xA700, _ => 0xC000 };
            throw new DimseStatusException(DicomStatus.Lookup((ushort)code, DimseCommandField.CStoreResponse), error.Message);
        }
    }

    public override IAsyncEnumerable<DicomDataset> OnCFindAsync(DimseRequestContext context, CFindRequest request)
    {
        var query = Identify(request, model => model.Find, "C-FIND", QueryIdentifier.ForFind);
        return YieldAsync(Archive.Find(query, context.Association.CalledAeTitle), context.CancellationToken);
    }

    public override Task<IReadOnlyList<DicomInstance>> OnCMoveAsync(DimseRequestContext context, CMoveRequest request) =>
        Task.FromResult(Instances(Identify(request, model => model.Move, "C-MOVE", (model, identifier) => QueryIdentifier.ForRetrieve(model, identifier, "C-MOVE"))));

    public override Task<IReadOnlyList<DicomInstance>> OnCGetAsync(DimseRequestContext context, CGetRequest request) =>
        Task.FromResult(Instances(Identify(request, model => model.Get, "C-GET", (model, identifier) => QueryIdentifier.ForRetrieve(model, identifier, "C-GET"))));

    /// <summary>Storage Commitment Push Model; any other N-ACTION is refused as No Such SOP Class.</summary>
    public override Task<NActionOutcome> OnNActionAsync(DimseRequestContext context, NActionRequest request) =>
        request.RequestedSOPClassUID == DicomUids.StorageCommitmentPushModel
            ? Task.FromResult(StorageCommitment.Answer(request, Archive))
            : throw new DimseStatusException(DicomStatus.NoSuchSOPClass, $"N-ACTION of {request.RequestedSOPClassUID} is not served here");

    private IReadOnlyList<DicomInstance> Instances(QueryIdentifier query) => [.. Archive.Retrieve(query).Select(instance => instance.ToDicomInstance())];

    /// <summary>The request's identifier read against the model of its SOP class; failures become the DIMSE status to answer.</summary>
    private static QueryIdentifier Identify(DimsePriorityRequest request, Func<QueryRetrieveModel, string> service, string name,
        Func<QueryRetrieveModel, DicomDataset, QueryIdentifier> read)
    {
        var sopClass = request.AffectedSOPClassUID ?? "";
        if (!QueryRetrieveModel.TryGet(sopClass, out var model) || service(model) != sopClass)
            throw new DimseStatusException(DicomStatus.SOPClassNotSupported, $"{name} of {Association.PresentationContext.NameOf(sopClass)} is not served here");
        try
        {
            return read(model, request.Dataset ?? throw QueryIdentifierException.Mismatch($"the {name}-RQ has no identifier"));
        }
        catch (QueryIdentifierException error)
        {
            throw new DimseStatusException(DicomStatus.Lookup(error.StatusCode, (DimseCommandField)((ushort)request.CommandField | 0x8000)), error.Message);
        }
    }

    private static async IAsyncEnumerable<DicomDataset> YieldAsync(IEnumerable<DicomDataset> matches, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var match in matches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return match;
            await Task.Yield();
        }
    }
}
