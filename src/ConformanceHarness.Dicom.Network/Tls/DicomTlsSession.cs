using System.Net.Security;
using System.Security.Authentication;

namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>What a completed handshake negotiated, for the evidence log.</summary>
/// <param name="Protocol">The negotiated protocol as .NET reports it.</param>
/// <param name="CipherSuite">The negotiated cipher suite (IANA name).</param>
/// <param name="LocalCertificateSubject">The subject of the certificate we presented, or null.</param>
/// <param name="PeerCertificateSubject">The subject of the certificate the peer presented, or null.</param>
/// <param name="PeerCertificateThumbprint">The SHA-1 thumbprint of the peer's certificate, or null.</param>
public sealed record DicomTlsSession(
    SslProtocols Protocol,
    TlsCipherSuite CipherSuite,
    string? LocalCertificateSubject,
    string? PeerCertificateSubject,
    string? PeerCertificateThumbprint)
{
    /// <summary>The negotiated protocol version, or null for one that is not TLS.</summary>
    public TlsProtocolVersion? Version => TlsProtocolVersions.FromSslProtocols(Protocol);

    /// <summary>The session of an authenticated stream.</summary>
    public static DicomTlsSession From(SslStream stream) => new(
        stream.SslProtocol,
        stream.NegotiatedCipherSuite,
        stream.LocalCertificate?.Subject,
        stream.RemoteCertificate?.Subject,
        stream.RemoteCertificate?.GetCertHashString());

    public override string ToString() =>
        $"{Version?.Describe() ?? Protocol.ToString()} {CipherSuite}, peer certificate {PeerCertificateSubject ?? "none"}";
}
