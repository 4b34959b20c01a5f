namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>C-ECHO-RQ, PS3.7 §9.3.5.1 (Table 9.3-12).</summary>
public sealed class CEchoRequest : DimseRequest
{
    /// <summary>Verification SOP Class, PS3.4 Annex A.</summary>
    public const string VerificationSOPClassUID = "1.2.840.10008.1.1";

    public CEchoRequest(ushort messageID) : base(DimseCommandField.CEchoRequest, messageID) =>
        AffectedSOPClassUID = VerificationSOPClassUID;

    internal CEchoRequest(DicomDataset command, DicomDataset? dataset) : base(command, dataset)
    {
    }
}
