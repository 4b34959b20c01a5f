namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>C-FIND-RQ, PS3.7 §9.3.2.1 (Table 9.3-3); the identifier is the data set.</summary>
public sealed class CFindRequest : DimsePriorityRequest
{
    public CFindRequest(ushort messageID, string sopClassUID, DicomDataset identifier, DimsePriority priority = DimsePriority.Medium)
        : base(DimseCommandField.CFindRequest, messageID, sopClassUID, priority) => Dataset = identifier;

    internal CFindRequest(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }
}
