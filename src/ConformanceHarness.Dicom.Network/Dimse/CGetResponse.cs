namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>C-GET-RSP, PS3.7 §9.3.3.2 (Table 9.3-6).</summary>
public sealed class CGetResponse : DimseSuboperationsResponse
{
    public CGetResponse(CGetRequest request, DicomStatus status) : base(DimseCommandField.CGetResponse, request, status)
    {
    }

    internal CGetResponse(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }
}
