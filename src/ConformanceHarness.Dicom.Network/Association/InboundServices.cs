using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>Answers one request from the peer through the association's <see cref="DicomServiceHandler"/>, PS3.7 §9.1, §10.1.</summary>
internal static class InboundServices
{
    public static async Task ServeAsync(DimseRequestContext context, DimseRequest request)
    {
        var handler = context.Association.Settings.Handler;
        switch (request)
        {
            case CEchoRequest echo:
                await AnswerAsync(context, request, () => handler.OnCEchoAsync(context, echo), status => new CEchoResponse(echo, status));
                break;
            case CStoreRequest store:
                await AnswerAsync(context, request, () => handler.OnCStoreAsync(context, store), status => new CStoreResponse(store, status));
                break;
            case CFindRequest find:
                await FindService.ServeAsync(context, find);
                break;
            case CMoveRequest or CGetRequest:
                await RetrieveService.ServeAsync(context, (DimsePriorityRequest)request);
                break;
            case NActionRequest action:
                await StorageCommitmentService.ServeAsync(context, action);
                break;
            case NEventReportRequest report:
                await AnswerAsync(context, request, () => handler.OnNEventReportAsync(context, report), status => new NEventReportResponse(report, status));
                break;
        }
    }

    /// <summary>Runs a handler that returns a status and sends the response built from it; a handler's exception becomes
    /// its status (<see cref="DimseStatusException"/>) or 0110 Processing Failure, with the message as Error Comment.</summary>
    public static async Task AnswerAsync(DimseRequestContext context, DimseRequest request, Func<Task<DicomStatus>> handle, Func<DicomStatus, DimseResponse> respond)
    {
        DimseResponse response;
        try
        {
            response = respond(await handle());
        }
        catch (Exception error) when (error is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            response = respond(StatusOf(error));
            response.ErrorComment = Truncate(error.Message);
        }
        await context.Association.RespondAsync(context, response);
    }

    public static DicomStatus StatusOf(Exception error) => error switch
    {
        DimseStatusException status => status.Status,
        DicomFormatException => DicomStatus.Lookup(0xC000, DimseCommandField.CStoreResponse),
        _ => DicomStatus.ProcessingFailure,
    };

    /// <summary>Error Comment (0000,0902) is LO: at most 64 characters.</summary>
    public static string Truncate(string message) => message.Length <= 64 ? message : message[..61] + "...";
}
