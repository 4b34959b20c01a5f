using System.Security.Cryptography.X509Certificates;

namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>
/// How one end of a DICOM TLS connection authenticates: the profile, our certificate and key, the certificates we trust
/// and how strictly the peer is checked. Certificates come from files through <see cref="DicomTlsCertificateFiles"/>.
/// </summary>
/// <remarks>
/// Trust is only what <see cref="TrustedCertificates"/> holds (X509ChainTrustMode.CustomRootTrust), never the system
/// store, and revocation is not checked. <see cref="CheckHostName"/> is off by default: DICOM peers are configured by
/// IP address, port and AE title, and their certificates seldom name the host; PS3.15 leaves the significance of the
/// certificate to the site's policy (B.1).
/// </remarks>
public sealed record DicomTlsOptions
{
    /// <summary>The Secure Transport Connection Profile; B.12 unless set.</summary>
    public DicomTlsProfile Profile { get; init; } = DicomTlsProfile.Default;

    /// <summary>Our certificate with its private key. A server needs one; a client without one cannot pass a server
    /// that requires client certificates.</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>The roots (and intermediates) a peer's certificate must chain to.</summary>
    public X509Certificate2Collection TrustedCertificates { get; init; } = [];

    public DicomTlsPeerVerification PeerVerification { get; init; } = DicomTlsPeerVerification.Require;

    /// <summary>When true a client also requires the server's certificate to name the target host. Off by default.</summary>
    public bool CheckHostName { get; init; }

    /// <summary>How long the handshake may take before it fails with <see cref="DicomTlsFailure.TimedOut"/>.</summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Narrows the profile's oldest version (e.g. to TLS 1.3 only); must lie within the profile.</summary>
    public TlsProtocolVersion? MinimumVersion { get; init; }

    /// <summary>Narrows the profile's newest version (e.g. to TLS 1.2 only); must lie within the profile.</summary>
    public TlsProtocolVersion? MaximumVersion { get; init; }

    /// <summary>The oldest version offered: the profile's, unless narrowed.</summary>
    public TlsProtocolVersion EffectiveMinimumVersion => MinimumVersion ?? Profile.MinimumVersion;

    /// <summary>The newest version offered: the profile's, unless narrowed.</summary>
    public TlsProtocolVersion EffectiveMaximumVersion => MaximumVersion ?? Profile.MaximumVersion;

    /// <summary>Our certificate and trust from PEM files: certificate, private key (PKCS#8, PKCS#1 or SEC1) and a CA bundle.</summary>
    public static DicomTlsOptions FromPemFiles(string certificatePath, string privateKeyPath, string trustedCertificatesPath) => new()
    {
        Certificate = DicomTlsCertificateFiles.LoadPem(certificatePath, privateKeyPath),
        TrustedCertificates = DicomTlsCertificateFiles.LoadTrusted(trustedCertificatesPath),
    };

    /// <summary>Our certificate from a PKCS#12 file (.pfx/.p12) and trust from a PEM CA bundle.</summary>
    public static DicomTlsOptions FromPkcs12File(string pkcs12Path, string? password, string trustedCertificatesPath) => new()
    {
        Certificate = DicomTlsCertificateFiles.LoadPkcs12(pkcs12Path, password),
        TrustedCertificates = DicomTlsCertificateFiles.LoadTrusted(trustedCertificatesPath),
    };

    /// <summary>Checks that the options can be used in <paramref name="role"/>.</summary>
    /// <exception cref="DicomTlsConfigurationException">They cannot, and why.</exception>
    public void Validate(DicomTlsRole role)
    {
        if (EffectiveMinimumVersion < Profile.MinimumVersion || EffectiveMaximumVersion > Profile.MaximumVersion
            || EffectiveMinimumVersion > EffectiveMaximumVersion)
        {
            throw new DicomTlsConfigurationException($"versions {EffectiveMinimumVersion.Describe()}–{EffectiveMaximumVersion.Describe()} "
                + $"do not lie within {Profile}, which allows {Profile.MinimumVersion.Describe()}–{Profile.MaximumVersion.Describe()}");
        }

        if (Certificate is { HasPrivateKey: false })
            throw new DicomTlsConfigurationException($"our certificate {Certificate.Subject} has no private key");
        if (Certificate is not null && Profile.KeyRequirements?.Violation(Certificate) is { } weakness)
            throw new DicomTlsConfigurationException($"our certificate {Certificate.Subject} {weakness} by {Profile}");
        if (role == DicomTlsRole.Server && Certificate is null)
            throw new DicomTlsConfigurationException("a TLS server needs a certificate with its private key");
        if (PeerVerification != DicomTlsPeerVerification.Ignore && TrustedCertificates.Count == 0)
            throw new DicomTlsConfigurationException($"no trusted certificates: with peer verification {PeerVerification} every peer certificate would be refused");
    }
}
