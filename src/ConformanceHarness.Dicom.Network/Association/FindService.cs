using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>C-FIND SCP, PS3.4 C.4.1.3 / PS3.7 §9.1.2: one Pending response per match, then Success — or Cancel when a
/// C-CANCEL-RQ arrives, or the handler's failure status.</summary>
internal static class FindService
{
    public static async Task ServeAsync(DimseRequestContext context, CFindRequest request)
    {
        var final = DicomStatus.Success;
        string? comment = null;
        try
        {
            await foreach (var match in context.Association.Settings.Handler.OnCFindAsync(context, request).WithCancellation(context.CancellationToken))
            {
                var pending = new CFindResponse(request, DicomStatus.Pending, match);
                await context.Association.RespondAsync(context, pending);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            final = DicomStatus.Cancel;
        }
        catch (Exception error) when (error is not IOException and not DicomAssociationException)
        {
            final = error is DimseStatusException status ? status.Status : DicomStatus.Lookup(0xC000, DimseCommandField.CFindResponse);
            comment = InboundServices.Truncate(error.Message);
        }
        await context.Association.RespondAsync(context, new CFindResponse(request, final) { ErrorComment = comment });
    }
}
