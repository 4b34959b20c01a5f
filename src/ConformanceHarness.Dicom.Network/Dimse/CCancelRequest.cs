namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>C-CANCEL-RQ, PS3.7 §9.3.2.3 (Table 9.3-3a): cancels the C-FIND, C-GET or C-MOVE it names.</summary>
public sealed class CCancelRequest : DimseMessage
{
    public CCancelRequest(ushort messageIDBeingRespondedTo) : base(DimseCommandField.CCancelRequest) =>
        MessageIDBeingRespondedTo = messageIDBeingRespondedTo;

    internal CCancelRequest(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }

    /// <summary>Message ID Being Responded To (0000,0120): the request to cancel.</summary>
    public ushort MessageIDBeingRespondedTo
    {
        get => GetUShort(DicomTags.MessageIDBeingRespondedTo);
        set => SetUShort(DicomTags.MessageIDBeingRespondedTo, value);
    }
}
