namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>Why a TLS handshake did not complete.</summary>
public enum DicomTlsFailure
{
    /// <summary>The peer's certificate does not chain to a trusted certificate, has expired, or is otherwise invalid.</summary>
    UntrustedPeerCertificate,

    /// <summary>Peer verification is <see cref="DicomTlsPeerVerification.Require"/> and the peer presented no certificate.</summary>
    NoPeerCertificate,

    /// <summary>The peer's certificate is trusted but weaker than the profile's <see cref="DicomTlsProfile.KeyRequirements"/>.</summary>
    WeakPeerCertificate,

    /// <summary>Host-name checking is on and the peer's certificate is not issued for the host we dialled.</summary>
    HostNameMismatch,

    /// <summary>The peer refused our certificate (it sent a certificate alert).</summary>
    CertificateRejectedByPeer,

    /// <summary>OpenSSL will not use our own certificate: its key or signature hash is below OpenSSL's security level.</summary>
    LocalCertificateRefused,

    /// <summary>The two sides have no TLS protocol version in common.</summary>
    NoCommonProtocolVersion,

    /// <summary>The two sides have no cipher suite in common.</summary>
    NoCommonCipherSuite,

    /// <summary>This platform's TLS library cannot do what the profile asks (see <see cref="DicomTlsProfile.Limitation"/>).</summary>
    ProfileNotAvailable,

    /// <summary>The peer sent bytes that are not TLS, e.g. a plain DICOM PDU.</summary>
    NotTls,

    /// <summary>The peer closed the connection during the handshake.</summary>
    ConnectionClosed,

    /// <summary>The handshake did not complete within <see cref="DicomTlsOptions.HandshakeTimeout"/>.</summary>
    TimedOut,

    /// <summary>Any other handshake error; the message carries the TLS library's words.</summary>
    Other,
}
