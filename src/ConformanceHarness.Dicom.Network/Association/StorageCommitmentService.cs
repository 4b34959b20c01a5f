using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>N-ACTION SCP (Storage Commitment Push Model, PS3.4 J.3): the response, then — when the handler asks for
/// one — the N-EVENT-REPORT-RQ with the commitment result on the same association, waiting for its response.</summary>
internal static class StorageCommitmentService
{
    public static async Task ServeAsync(DimseRequestContext context, NActionRequest request)
    {
        NActionOutcome outcome;
        string? comment = null;
        try
        {
            outcome = await context.Association.Settings.Handler.OnNActionAsync(context, request);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            outcome = new NActionOutcome(InboundServices.StatusOf(error));
            comment = InboundServices.Truncate(error.Message);
        }
        await context.Association.RespondAsync(context, new NActionResponse(request, outcome.Status) { ErrorComment = comment });
        if (outcome.EventTypeId is not { } eventType) return;
        var report = new NEventReportRequest(context.Association.NextMessageId(), request.RequestedSOPClassUID!,
            request.RequestedSOPInstanceUID!, eventType, outcome.EventInformation);
        await foreach (var _ in context.Association.SendRequestAsync(report, context.PresentationContext.Id))
        {
        }
    }
}
