namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>
/// What the codec knows of one command: its PS3.7 name, the command elements it requires (beyond Command Field
/// and Command Data Set Type) and how to view a command set as the typed message.
/// </summary>
internal sealed record DimseMessageKind(string Name, DicomTag[] Required, Func<DicomDataset, DicomDataset?, DimseMessage> Create)
{
    private static readonly DicomTag[] Response = [DicomTags.MessageIDBeingRespondedTo, DicomTags.Status];
    private static readonly DicomTag[] CRequest = [DicomTags.AffectedSOPClassUID, DicomTags.MessageID, DicomTags.Priority];

    /// <summary>PS3.7 Tables 9.3-1 … 9.3-13, 10.3-1, 10.3-2, 10.3-7, 10.3-8.</summary>
    public static readonly IReadOnlyDictionary<DimseCommandField, DimseMessageKind> ByCommandField =
        new Dictionary<DimseCommandField, DimseMessageKind>
        {
            [DimseCommandField.CEchoRequest] = new("C-ECHO-RQ", [DicomTags.AffectedSOPClassUID, DicomTags.MessageID], (c, d) => new CEchoRequest(c, d)),
            [DimseCommandField.CEchoResponse] = new("C-ECHO-RSP", Response, (c, d) => new CEchoResponse(c, d)),
            [DimseCommandField.CStoreRequest] = new("C-STORE-RQ", [.. CRequest, DicomTags.AffectedSOPInstanceUID], (c, d) => new CStoreRequest(c, d)),
            [DimseCommandField.CStoreResponse] = new("C-STORE-RSP", Response, (c, d) => new CStoreResponse(c, d)),
            [DimseCommandField.CFindRequest] = new("C-FIND-RQ", CRequest, (c, d) => new CFindRequest(c, d)),
            [DimseCommandField.CFindResponse] = new("C-FIND-RSP", Response, (c, d) => new CFindResponse(c, d)),
            [DimseCommandField.CGetRequest] = new("C-GET-RQ", CRequest, (c, d) => new CGetRequest(c, d)),
            [DimseCommandField.CGetResponse] = new("C-GET-RSP", Response, (c, d) => new CGetResponse(c, d)),
            [DimseCommandField.CMoveRequest] = new("C-MOVE-RQ", [.. CRequest, DicomTags.MoveDestination], (c, d) => new CMoveRequest(c, d)),
            [DimseCommandField.CMoveResponse] = new("C-MOVE-RSP", Response, (c, d) => new CMoveResponse(c, d)),
            [DimseCommandField.CCancelRequest] = new("C-CANCEL-RQ", [DicomTags.MessageIDBeingRespondedTo], (c, d) => new CCancelRequest(c, d)),
            [DimseCommandField.NEventReportRequest] = new("N-EVENT-REPORT-RQ",
                [DicomTags.AffectedSOPClassUID, DicomTags.MessageID, DicomTags.AffectedSOPInstanceUID, DicomTags.EventTypeID],
                (c, d) => new NEventReportRequest(c, d)),
            [DimseCommandField.NEventReportResponse] = new("N-EVENT-REPORT-RSP", Response, (c, d) => new NEventReportResponse(c, d)),
            [DimseCommandField.NActionRequest] = new("N-ACTION-RQ",
                [DicomTags.RequestedSOPClassUID, DicomTags.MessageID, DicomTags.RequestedSOPInstanceUID, DicomTags.ActionTypeID],
                (c, d) => new NActionRequest(c, d)),
            [DimseCommandField.NActionResponse] = new("N-ACTION-RSP", Response, (c, d) => new NActionResponse(c, d)),
        };
}
