namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>C-ECHO-RSP, PS3.7 §9.3.5.2 (Table 9.3-13).</summary>
public sealed class CEchoResponse : DimseResponse
{
    public CEchoResponse(CEchoRequest request, DicomStatus status) : base(DimseCommandField.CEchoResponse, request, status)
    {
    }

    internal CEchoResponse(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }
}
