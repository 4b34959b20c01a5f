using ConformanceHarness.Dicom.Network.Tls;

namespace ConformanceHarness.TestSupport.Tls;

/// <summary>The files of one test identity: certificate and key as PEM, the same as PKCS#12, and the CA it trusts.</summary>
public sealed record TestCredential(string CertificatePath, string KeyPath, string Pkcs12Path, string TrustedPath)
{
    /// <summary>Options loaded from the PEM files through the API under test, with a short handshake time-out.</summary>
    public DicomTlsOptions Options(DicomTlsProfile? profile = null) =>
        DicomTlsOptions.FromPemFiles(CertificatePath, KeyPath, TrustedPath) with
        {
            Profile = profile ?? DicomTlsProfile.Default,
            HandshakeTimeout = TimeSpan.FromSeconds(10),
        };

    /// <summary>The same identity trusting another CA's bundle.</summary>
    public TestCredential Trusting(string trustedPath) => this with { TrustedPath = trustedPath };
}
