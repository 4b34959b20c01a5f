namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>A DIMSE-C request with a Priority (0000,0700): C-STORE, C-FIND, C-MOVE, C-GET, PS3.7 §9.3.</summary>
public abstract class DimsePriorityRequest : DimseRequest
{
    protected DimsePriorityRequest(DimseCommandField commandField, ushort messageID, string sopClassUID, DimsePriority priority)
        : base(commandField, messageID)
    {
        AffectedSOPClassUID = sopClassUID;
        Priority = priority;
    }

    protected DimsePriorityRequest(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }

    /// <summary>Priority (0000,0700).</summary>
    public DimsePriority Priority
    {
        get => (DimsePriority)GetUShort(DicomTags.Priority);
        set => SetUShort(DicomTags.Priority, (ushort)value);
    }
}
