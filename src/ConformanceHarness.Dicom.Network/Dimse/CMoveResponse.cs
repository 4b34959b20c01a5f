namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>C-MOVE-RSP, PS3.7 §9.3.4.2 (Table 9.3-8).</summary>
public sealed class CMoveResponse : DimseSuboperationsResponse
{
    public CMoveResponse(CMoveRequest request, DicomStatus status) : base(DimseCommandField.CMoveResponse, request, status)
    {
    }

    internal CMoveResponse(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }
}
