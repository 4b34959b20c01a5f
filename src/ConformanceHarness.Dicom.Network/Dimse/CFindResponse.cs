namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>C-FIND-RSP, PS3.7 §9.3.2.2 (Table 9.3-4); pending responses carry a matching identifier.</summary>
public sealed class CFindResponse : DimseResponse
{
    public CFindResponse(CFindRequest request, DicomStatus status, DicomDataset? identifier = null)
        : base(DimseCommandField.CFindResponse, request, status) => Dataset = identifier;

    internal CFindResponse(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }
}
