namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>A TLS handshake that failed, with the reason in words: no stack trace is needed to understand it.</summary>
/// <remarks>The association layer turns this into an A-P-ABORT indication (PS3.8 §9.1.4): no PDU was exchanged.</remarks>
public sealed class DicomTlsException(DicomTlsFailure failure, DicomTlsRole role, DicomTlsProfile profile, string reason,
    Exception? innerException = null)
    : Exception($"TLS handshake as {role.Describe()} ({profile}) failed: {reason}", innerException)
{
    public DicomTlsFailure Failure { get; } = failure;

    /// <summary>Which end of the TLS connection we were.</summary>
    public DicomTlsRole Role { get; } = role;

    public DicomTlsProfile Profile { get; } = profile;

    /// <summary>The reason alone, without the role and profile.</summary>
    public string Reason { get; } = reason;
}
