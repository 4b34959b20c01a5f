using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network;

/// <summary>
/// What an application entity does with the requests its peer sends: one method per DIMSE service, each answering
/// with a status (or, for C-FIND, the matches; for C-MOVE/C-GET, the instances to send). The defaults answer C-ECHO
/// with Success and refuse the rest; override what the AE serves. A handler that throws answers
/// 0110 Processing Failure with the exception's message as Error Comment; it never ends the association.
/// </summary>
public class DicomServiceHandler
{
    /// <summary>A handler that serves C-ECHO only.</summary>
    public static DicomServiceHandler EchoOnly { get; } = new();

    public virtual Task<DicomStatus> OnCEchoAsync(DimseRequestContext context, CEchoRequest request) => Task.FromResult(DicomStatus.Success);

    /// <summary>The data set is in <see cref="DimseMessage.EncodedDataset"/> (context's transfer syntax) and decodes on
    /// demand through <see cref="DimseMessage.Dataset"/>.</summary>
    public virtual Task<DicomStatus> OnCStoreAsync(DimseRequestContext context, CStoreRequest request) => Task.FromResult(DicomStatus.SOPClassNotSupported);

    /// <summary>The matches, each sent as a Pending response; the final Success (or Cancel) is sent for you. Throw
    /// <see cref="DimseStatusException"/> to answer a failure status.</summary>
    public virtual IAsyncEnumerable<DicomDataset> OnCFindAsync(DimseRequestContext context, CFindRequest request) =>
        throw new DimseStatusException(DicomStatus.SOPClassNotSupported, "C-FIND is not served here");

    /// <summary>The instances to send to the move destination; sub-operations and counts are handled for you.</summary>
    public virtual Task<IReadOnlyList<DicomInstance>> OnCMoveAsync(DimseRequestContext context, CMoveRequest request) =>
        throw new DimseStatusException(DicomStatus.SOPClassNotSupported, "C-MOVE is not served here");

    /// <summary>The instances to send back on the same association as C-STORE sub-operations.</summary>
    public virtual Task<IReadOnlyList<DicomInstance>> OnCGetAsync(DimseRequestContext context, CGetRequest request) =>
        throw new DimseStatusException(DicomStatus.SOPClassNotSupported, "C-GET is not served here");

    /// <summary>N-ACTION (e.g. Storage Commitment Push Model, PS3.4 J.3): the status, and optionally an
    /// N-EVENT-REPORT to send on the same association after the response.</summary>
    public virtual Task<NActionOutcome> OnNActionAsync(DimseRequestContext context, NActionRequest request) =>
        Task.FromResult(new NActionOutcome(DicomStatus.UnrecognizedOperation));

    public virtual Task<DicomStatus> OnNEventReportAsync(DimseRequestContext context, NEventReportRequest request) =>
        Task.FromResult(DicomStatus.UnrecognizedOperation);
}

/// <summary>The association and presentation context a request arrived on; <see cref="CancellationToken"/> fires on
/// C-CANCEL or when the association ends.</summary>
public sealed record DimseRequestContext(DicomAssociation Association, PresentationContext PresentationContext, CancellationToken CancellationToken);

/// <summary>The answer to an N-ACTION: its status, and an N-EVENT-REPORT (event type, information) to send afterwards.</summary>
public sealed record NActionOutcome(DicomStatus Status, ushort? EventTypeId = null, DicomDataset? EventInformation = null);

/// <summary>Thrown by a handler to answer a request with <see cref="Status"/> (and the message as Error Comment).</summary>
public sealed class DimseStatusException(DicomStatus status, string message) : Exception(message)
{
    public DicomStatus Status { get; } = status;
}
