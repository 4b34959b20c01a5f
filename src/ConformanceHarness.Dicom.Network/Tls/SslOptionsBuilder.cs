using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>Turns <see cref="DicomTlsOptions"/> into SslStream's options: the profile's versions and cipher suites, our
/// certificate, and a chain policy that trusts only <see cref="DicomTlsOptions.TrustedCertificates"/>.</summary>
internal static class SslOptionsBuilder
{
    public static SslClientAuthenticationOptions ForClient(DicomTlsOptions options, string targetHost, PeerCertificateCheck check) => new()
    {
        TargetHost = targetHost,
        EnabledSslProtocols = TlsProtocolVersions.ToSslProtocols(options.EffectiveMinimumVersion, options.EffectiveMaximumVersion),
        CipherSuitesPolicy = CipherSuites(options),
        ClientCertificateContext = CertificateContext(options),
        CertificateChainPolicy = ChainPolicy(options),
        CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
        RemoteCertificateValidationCallback = check.Validate,
    };

    public static SslServerAuthenticationOptions ForServer(DicomTlsOptions options, PeerCertificateCheck check) => new()
    {
        EnabledSslProtocols = TlsProtocolVersions.ToSslProtocols(options.EffectiveMinimumVersion, options.EffectiveMaximumVersion),
        CipherSuitesPolicy = CipherSuites(options),
        ServerCertificateContext = CertificateContext(options),
        ClientCertificateRequired = options.PeerVerification != DicomTlsPeerVerification.Ignore,
        CertificateChainPolicy = ChainPolicy(options),
        CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
        RemoteCertificateValidationCallback = check.Validate,
    };

    /// <summary>The profile's suites for the versions offered; Windows (SChannel) cannot restrict suites and gets its defaults.</summary>
    private static CipherSuitesPolicy? CipherSuites(DicomTlsOptions options) => OperatingSystem.IsWindows() ? null
        : new CipherSuitesPolicy(options.Profile.CipherSuitesFor(options.EffectiveMinimumVersion, options.EffectiveMaximumVersion));

    private static SslStreamCertificateContext? CertificateContext(DicomTlsOptions options) =>
        options.Certificate is null ? null : SslStreamCertificateContext.Create(options.Certificate, additionalCertificates: null, offline: true);

    /// <summary>Self-signed certificates are the roots; the others are intermediates the chain may pass through.</summary>
    private static X509ChainPolicy ChainPolicy(DicomTlsOptions options)
    {
        var policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
            DisableCertificateDownloads = true,
        };
        foreach (var certificate in options.TrustedCertificates)
        {
            var selfSigned = certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData);
            (selfSigned ? policy.CustomTrustStore : policy.ExtraStore).Add(certificate);
        }

        return policy;
    }
}
