namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>N-EVENT-REPORT-RSP, PS3.7 §10.3.1.2 (Table 10.3-2).</summary>
public sealed class NEventReportResponse : DimseResponse
{
    public NEventReportResponse(NEventReportRequest request, DicomStatus status)
        : base(DimseCommandField.NEventReportResponse, request, status)
    {
        AffectedSOPInstanceUID = request.AffectedSOPInstanceUID;
        EventTypeID = request.EventTypeID;
    }

    internal NEventReportResponse(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }

    /// <summary>Event Type ID (0000,1002), optional in the response.</summary>
    public ushort? EventTypeID
    {
        get => GetOptionalUShort(DicomTags.EventTypeID);
        set => SetUShort(DicomTags.EventTypeID, value);
    }
}
