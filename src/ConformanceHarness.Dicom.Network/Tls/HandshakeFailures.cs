using System.Net.Security;
using static ConformanceHarness.Dicom.Network.Tls.DicomTlsFailure;

namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>
/// Turns what SslStream throws into a <see cref="DicomTlsException"/> that says why in words. Order of precedence: our own
/// refusal of the peer's certificate, the time-out, bytes that are not TLS, then the first matching signature below
/// (error texts of .NET 10 on OpenSSL 3), else <see cref="Other"/> with the library's words.
/// </summary>
internal static class HandshakeFailures
{
    private static readonly HandshakeFailureSignature[] Signatures =
    [
        new("encryption policy is not supported", ProfileNotAvailable, (options, _) =>
            $"none of the profile's cipher suites is available in this OpenSSL: {options.Profile.Limitation ?? Offered(options)}"),
        new("no suitable signature algorithm", ProfileNotAvailable, (options, _) =>
            $"OpenSSL allows no handshake signature for {Versions(options)}: {options.Profile.Limitation ?? "its security level refuses them"}"),
        new("key too small", LocalCertificateRefused, (options, _) => OwnCertificateRefused(options)),
        new("md too weak", LocalCertificateRefused, (options, _) => OwnCertificateRefused(options)),
        new("unsupported protocol", NoCommonProtocolVersion, (options, _) =>
            $"no TLS protocol version in common: the peer offered none of {Versions(options)}"),
        new("alert protocol version", NoCommonProtocolVersion, (options, _) =>
            $"no TLS protocol version in common: the peer refused {Versions(options)} (protocol_version alert)"),
        new("no shared cipher", NoCommonCipherSuite, (options, _) =>
            $"no cipher suite in common: the peer offered none of {Offered(options)}"),
        new("alert handshake failure", NoCommonCipherSuite, (options, _) =>
            $"the peer ended the handshake with a handshake_failure alert, usually because no cipher suite is in common; we offered {Offered(options)}"),
        new("alert certificate required", CertificateRejectedByPeer, (options, _) =>
            $"the peer requires a client certificate{(options.Certificate is null ? " and we have none" : "")} (certificate_required alert)"),
        new("alert unknown ca", CertificateRejectedByPeer, (options, _) => Refused(options, "its issuer is unknown to the peer (unknown_ca alert)")),
        new("alert certificate expired", CertificateRejectedByPeer, (options, _) => Refused(options, "the peer finds it expired (certificate_expired alert)")),
        new("alert bad certificate", CertificateRejectedByPeer, (options, _) => Refused(options, "bad_certificate alert")),
        new("alert certificate unknown", CertificateRejectedByPeer, (options, _) => Refused(options, "certificate_unknown alert")),
        new("alert unsupported certificate", CertificateRejectedByPeer, (options, _) => Refused(options, "unsupported_certificate alert")),
        new("frame size or a corrupted frame", NotTls, (_, bytes) => $"the peer did not send a TLS record: {bytes.DescribeFirstBytes()}"),
        new("wrong version number", NotTls, (_, bytes) => $"the peer did not send a TLS record: {bytes.DescribeFirstBytes()}"),
        new("unexpected EOF", ConnectionClosed, (_, bytes) =>
            $"the peer closed the connection during the handshake ({bytes.DescribeFirstBytes()}); it may not use TLS on this port, or refused us"),
    ];

    public static DicomTlsException Translate(Exception error, DicomTlsRole role, DicomTlsOptions options, PeerCertificateCheck check,
        FirstBytesStream bytes, bool timedOut)
    {
        if (check.Rejection is { } rejection) return new(rejection.Failure, role, options.Profile, rejection.Reason, error);
        if (timedOut)
        {
            return new(TimedOut, role, options.Profile,
                $"no handshake completed within {options.HandshakeTimeout.TotalSeconds:0.###} s; {bytes.DescribeFirstBytes()}", error);
        }

        if (bytes.SawNonTls) return new(NotTls, role, options.Profile, $"the peer did not send a TLS record: {bytes.DescribeFirstBytes()}", error);
        var words = Words(error);
        var signature = Signatures.FirstOrDefault(candidate => words.Contains(candidate.Text, StringComparison.OrdinalIgnoreCase));
        return signature is null ? new(Other, role, options.Profile, words, error)
            : new(signature.Failure, role, options.Profile, $"{signature.Explain(options, bytes)} [{Innermost(error)}]", error);
    }

    private static string Versions(DicomTlsOptions options) => options.EffectiveMinimumVersion == options.EffectiveMaximumVersion
        ? options.EffectiveMinimumVersion.Describe()
        : $"{options.EffectiveMinimumVersion.Describe()} to {options.EffectiveMaximumVersion.Describe()}";

    private static string Offered(DicomTlsOptions options) =>
        string.Join(", ", options.Profile.CipherSuitesFor(options.EffectiveMinimumVersion, options.EffectiveMaximumVersion)) + $" over {Versions(options)}";

    private static string OwnCertificateRefused(DicomTlsOptions options) =>
        $"OpenSSL refuses to use our certificate {options.Certificate?.Subject}: its key or signature is too weak for OpenSSL's security level "
        + "(Debian's OpenSSL 3 runs at level 2: RSA keys of 2048 bits or more, EC keys of 224 bits or more, no SHA-1 signatures)";

    private static string Refused(DicomTlsOptions options, string alert) =>
        $"the peer refused our certificate {options.Certificate?.Subject ?? "(none)"}: {alert}";

    private static string Words(Exception error)
    {
        var messages = new List<string>();
        for (var current = error; current is not null; current = current.InnerException) messages.Add(current.Message);
        return string.Join(" <- ", messages.Distinct());
    }

    private static string Innermost(Exception error) => error.InnerException is null ? error.Message : Innermost(error.InnerException);
}
