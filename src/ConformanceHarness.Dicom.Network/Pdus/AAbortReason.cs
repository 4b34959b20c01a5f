namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>The Reason/Diag. field of an A-ABORT; significant only when the source is the service-provider.</summary>
/// <remarks>PS3.8 Table 9-26.</remarks>
public enum AAbortReason : byte
{
    ReasonNotSpecified = 0,
    UnrecognizedPdu = 1,
    UnexpectedPdu = 2,
    Reserved = 3,
    UnrecognizedPduParameter = 4,
    UnexpectedPduParameter = 5,
    InvalidPduParameterValue = 6,
}
