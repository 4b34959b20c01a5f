namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>C-GET-RQ, PS3.7 §9.3.3.1 (Table 9.3-5); the identifier is the data set.</summary>
public sealed class CGetRequest : DimsePriorityRequest
{
    public CGetRequest(ushort messageID, string sopClassUID, DicomDataset identifier, DimsePriority priority = DimsePriority.Medium)
        : base(DimseCommandField.CGetRequest, messageID, sopClassUID, priority) => Dataset = identifier;

    internal CGetRequest(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }
}
