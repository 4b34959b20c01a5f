namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>N-ACTION-RQ, PS3.7 §10.3.4.1 (Table 10.3-7); the action information is the data set.</summary>
public sealed class NActionRequest : DimseRequest
{
    public NActionRequest(ushort messageID, string sopClassUID, string sopInstanceUID, ushort actionTypeID,
        DicomDataset? actionInformation = null) : base(DimseCommandField.NActionRequest, messageID)
    {
        RequestedSOPClassUID = sopClassUID;
        RequestedSOPInstanceUID = sopInstanceUID;
        ActionTypeID = actionTypeID;
        Dataset = actionInformation;
    }

    internal NActionRequest(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }

    /// <summary>Requested SOP Class UID (0000,0003).</summary>
    public string? RequestedSOPClassUID
    {
        get => GetString(DicomTags.RequestedSOPClassUID);
        set => SetString(DicomTags.RequestedSOPClassUID, value);
    }

    /// <summary>Requested SOP Instance UID (0000,1001).</summary>
    public string? RequestedSOPInstanceUID
    {
        get => GetString(DicomTags.RequestedSOPInstanceUID);
        set => SetString(DicomTags.RequestedSOPInstanceUID, value);
    }

    /// <summary>Action Type ID (0000,1008).</summary>
    public ushort ActionTypeID
    {
        get => GetUShort(DicomTags.ActionTypeID);
        set => SetUShort(DicomTags.ActionTypeID, value);
    }
}
