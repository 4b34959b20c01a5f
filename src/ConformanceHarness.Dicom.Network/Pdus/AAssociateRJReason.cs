namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>The Reason/Diag. field of an A-ASSOCIATE-RJ, qualified by its Source.</summary>
/// <remarks>PS3.8 Table 9-21. The codes overlap between sources, so each value is
/// <c>(Source &lt;&lt; 8) | Reason</c>: the high byte is the Source field, the low byte the wire code.</remarks>
public enum AAssociateRJReason : ushort
{
    ServiceUserNoReasonGiven = 0x0101,
    ServiceUserApplicationContextNameNotSupported = 0x0102,
    ServiceUserCallingAeTitleNotRecognized = 0x0103,
    ServiceUserCalledAeTitleNotRecognized = 0x0107,
    ServiceProviderAcseNoReasonGiven = 0x0201,
    ServiceProviderAcseProtocolVersionNotSupported = 0x0202,
    ServiceProviderPresentationTemporaryCongestion = 0x0301,
    ServiceProviderPresentationLocalLimitExceeded = 0x0302,
}
