namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>The Result/Reason field of a presentation context item in an A-ASSOCIATE-AC.</summary>
/// <remarks>PS3.8 Table 9-18.</remarks>
public enum PresentationContextResultReason : byte
{
    Acceptance = 0,
    UserRejection = 1,
    NoReason = 2,
    AbstractSyntaxNotSupported = 3,
    TransferSyntaxesNotSupported = 4,
}
