namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>C-MOVE-RQ, PS3.7 §9.3.4.1 (Table 9.3-7); the identifier is the data set.</summary>
public sealed class CMoveRequest : DimsePriorityRequest
{
    public CMoveRequest(ushort messageID, string sopClassUID, string moveDestination, DicomDataset identifier,
        DimsePriority priority = DimsePriority.Medium)
        : base(DimseCommandField.CMoveRequest, messageID, sopClassUID, priority)
    {
        MoveDestination = moveDestination;
        Dataset = identifier;
    }

    internal CMoveRequest(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }

    /// <summary>Move Destination (0000,0600): the AE title the sub-operations store to.</summary>
    public string MoveDestination
    {
        get => GetString(DicomTags.MoveDestination) ?? "";
        set => SetString(DicomTags.MoveDestination, value);
    }
}
