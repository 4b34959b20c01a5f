using ConformanceHarness.Dicom.Network.Tls;
using ConformanceHarness.TestSupport.Tls;

namespace ConformanceHarness.Dicom.Network.Tests.Tls;

public sealed class DicomTlsOptionsTests : IDisposable
{
    private readonly TestPki _pki = new();

    [Fact]
    public void Defaults_AreBcp195WithMutualAuthenticationAndNoHostNameCheck()
    {
        var options = new DicomTlsOptions();

        Assert.Equal((DicomTlsProfile.Default, DicomTlsPeerVerification.Require, false),
            (options.Profile, options.PeerVerification, options.CheckHostName));
    }

    [Fact]
    public void Validate_ServerWithoutCertificate_SaysItNeedsOne()
    {
        var options = new DicomTlsOptions { TrustedCertificates = DicomTlsCertificateFiles.LoadTrusted(_pki.CaPath) };

        Assert.Equal("a TLS server needs a certificate with its private key",
            Assert.Throws<DicomTlsConfigurationException>(() => options.Validate(DicomTlsRole.Server)).Message);
    }

    [Fact]
    public void Validate_VersionOutsideTheProfile_NamesBothRanges()
    {
        var options = _pki.Issue("scu").Options(DicomTlsProfile.Aes) with { MaximumVersion = TlsProtocolVersion.Tls13 };

        Assert.Equal("versions TLS 1.0–TLS 1.3 do not lie within PS3.15 B.3 AES TLS Secure Transport Connection Profile (retired), which allows TLS 1.0–TLS 1.2",
            Assert.Throws<DicomTlsConfigurationException>(() => options.Validate(DicomTlsRole.Client)).Message);
    }

    [Fact]
    public void Validate_NoTrustedCertificates_SaysEveryPeerWouldBeRefused()
    {
        var options = _pki.Issue("scu").Options() with { TrustedCertificates = [] };

        Assert.Equal("no trusted certificates: with peer verification Require every peer certificate would be refused",
            Assert.Throws<DicomTlsConfigurationException>(() => options.Validate(DicomTlsRole.Client)).Message);
        (options with { PeerVerification = DicomTlsPeerVerification.Ignore }).Validate(DicomTlsRole.Client);
    }

    [Fact]
    public void Validate_OwnCertificateWeakerThanTheProfile_SaysWhatIsMissing()
    {
        var options = _pki.Issue("weak", rsaKeySize: 1024).Options(DicomTlsProfile.ModifiedBcp195Rfc8996);

        Assert.Equal("our certificate CN=weak has a 1024-bit RSA key; at least 2048 bits are required by "
            + "PS3.15 B.13 Modified BCP 195 RFC 8996, 9325 TLS Secure Transport Connection Profile",
            Assert.Throws<DicomTlsConfigurationException>(() => options.Validate(DicomTlsRole.Client)).Message);
    }

    public void Dispose() => _pki.Dispose();
}
