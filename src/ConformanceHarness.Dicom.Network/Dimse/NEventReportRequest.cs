namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>N-EVENT-REPORT-RQ, PS3.7 §10.3.1.1 (Table 10.3-1); the event information is the data set.</summary>
public sealed class NEventReportRequest : DimseRequest
{
    public NEventReportRequest(ushort messageID, string sopClassUID, string sopInstanceUID, ushort eventTypeID,
        DicomDataset? eventInformation = null) : base(DimseCommandField.NEventReportRequest, messageID)
    {
        AffectedSOPClassUID = sopClassUID;
        AffectedSOPInstanceUID = sopInstanceUID;
        EventTypeID = eventTypeID;
        Dataset = eventInformation;
    }

    internal NEventReportRequest(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }

    /// <summary>Event Type ID (0000,1002).</summary>
    public ushort EventTypeID
    {
        get => GetUShort(DicomTags.EventTypeID);
        set => SetUShort(DicomTags.EventTypeID, value);
    }
}
