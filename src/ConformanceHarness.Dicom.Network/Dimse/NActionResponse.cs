namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>N-ACTION-RSP, PS3.7 §10.3.4.2 (Table 10.3-8); the action reply is the data set.</summary>
public sealed class NActionResponse : DimseResponse
{
    public NActionResponse(NActionRequest request, DicomStatus status) : base(DimseCommandField.NActionResponse, request, status)
    {
        AffectedSOPClassUID = request.RequestedSOPClassUID;
        AffectedSOPInstanceUID = request.RequestedSOPInstanceUID;
        ActionTypeID = request.ActionTypeID;
    }

    internal NActionResponse(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }

    /// <summary>Action Type ID (0000,1008), optional in the response.</summary>
    public ushort? ActionTypeID
    {
        get => GetOptionalUShort(DicomTags.ActionTypeID);
        set => SetUShort(DicomTags.ActionTypeID, value);
    }
}
