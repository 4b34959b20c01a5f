using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Tests.Dimse;

/// <summary>One message of each typed kind, built through its constructor, beside the same command set built by hand.</summary>
internal static class SampleMessages
{
    public const string CT = "1.2.840.10008.5.1.4.1.1.2", Instance = "1.2.3.4.5", Find = "1.2.840.10008.5.1.4.1.2.2.1";
    public const string Move = "1.2.840.10008.5.1.4.1.2.2.2", Get = "1.2.840.10008.5.1.4.1.2.2.3";
    public const string Commitment = "1.2.840.10008.1.20.1", CommitmentInstance = "1.2.840.10008.1.20.1.1";

    public static TheoryData<DimseCommandField> Fields => [.. Enum.GetValues<DimseCommandField>().Where(Typed)];

    public static bool Typed(DimseCommandField field) => field.ToString()[0] == 'C' || field.ToString().Contains("Action")
        || field.ToString().Contains("EventReport");

    public static DimseMessage Create(DimseCommandField field) => field switch
    {
        DimseCommandField.CEchoRequest => new CEchoRequest(1),
        DimseCommandField.CEchoResponse => new CEchoResponse(new CEchoRequest(1), DicomStatus.Success),
        DimseCommandField.CStoreRequest => new CStoreRequest(3, CT, Instance, new DicomDataset(), DimsePriority.High)
            { MoveOriginatorAETitle = "MOVESCU", MoveOriginatorMessageID = 9 },
        DimseCommandField.CStoreResponse => new CStoreResponse(StoreRequest(), DicomStatus.StoreCoercionOfDataElements),
        DimseCommandField.CFindRequest => new CFindRequest(4, Find, new DicomDataset(), DimsePriority.Low),
        DimseCommandField.CFindResponse => new CFindResponse(new CFindRequest(4, Find, new DicomDataset()), DicomStatus.Pending, new DicomDataset()),
        DimseCommandField.CMoveRequest => new CMoveRequest(5, Move, "STORESCP", new DicomDataset()),
        DimseCommandField.CMoveResponse => new CMoveResponse(new CMoveRequest(5, Move, "STORESCP", new DicomDataset()), DicomStatus.Pending)
            { NumberOfRemainingSuboperations = 3, NumberOfCompletedSuboperations = 1, NumberOfFailedSuboperations = 0, NumberOfWarningSuboperations = 0 },
        DimseCommandField.CGetRequest => new CGetRequest(6, Get, new DicomDataset()),
        DimseCommandField.CGetResponse => new CGetResponse(new CGetRequest(6, Get, new DicomDataset()), DicomStatus.Success)
            { NumberOfCompletedSuboperations = 2, NumberOfFailedSuboperations = 0, NumberOfWarningSuboperations = 0 },
        DimseCommandField.CCancelRequest => new CCancelRequest(4),
        DimseCommandField.NActionRequest => ActionRequest(),
        DimseCommandField.NActionResponse => new NActionResponse(ActionRequest(), DicomStatus.Success),
        DimseCommandField.NEventReportRequest => EventReportRequest(),
        DimseCommandField.NEventReportResponse => new NEventReportResponse(EventReportRequest(), DicomStatus.Success),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public static byte[] Encoded(DimseCommandField field) => SampleCommandSets.Build(field).Build();

    private static CStoreRequest StoreRequest() => new(3, CT, Instance, new DicomDataset());

    private static NActionRequest ActionRequest() => new(7, Commitment, CommitmentInstance, 1, new DicomDataset());

    private static NEventReportRequest EventReportRequest() => new(8, Commitment, CommitmentInstance, 2, new DicomDataset());
}
