namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>A DIMSE response: Message ID Being Responded To (0000,0120), Status (0000,0900) and Error Comment (0000,0902).</summary>
public abstract class DimseResponse : DimseMessage
{
    protected DimseResponse(DimseCommandField commandField, DimseRequest request, DicomStatus status) : base(commandField)
    {
        MessageIDBeingRespondedTo = request.MessageID;
        AffectedSOPClassUID = request.AffectedSOPClassUID;
        Status = status;
    }

    protected DimseResponse(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }

    /// <summary>Message ID Being Responded To (0000,0120).</summary>
    public ushort MessageIDBeingRespondedTo
    {
        get => GetUShort(DicomTags.MessageIDBeingRespondedTo);
        set => SetUShort(DicomTags.MessageIDBeingRespondedTo, value);
    }

    /// <summary>Status (0000,0900), resolved against the registry for this service.</summary>
    public DicomStatus Status
    {
        get => DicomStatus.Lookup(GetUShort(DicomTags.Status), CommandField);
        set => SetUShort(DicomTags.Status, value.Code);
    }

    /// <summary>Error Comment (0000,0902).</summary>
    public string? ErrorComment
    {
        get => GetString(DicomTags.ErrorComment);
        set => SetString(DicomTags.ErrorComment, value);
    }
}
