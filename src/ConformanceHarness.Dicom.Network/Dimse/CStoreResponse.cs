namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>C-STORE-RSP, PS3.7 §9.3.1.2 (Table 9.3-2).</summary>
public sealed class CStoreResponse : DimseResponse
{
    public CStoreResponse(CStoreRequest request, DicomStatus status) : base(DimseCommandField.CStoreResponse, request, status) =>
        AffectedSOPInstanceUID = request.AffectedSOPInstanceUID;

    internal CStoreResponse(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }
}
