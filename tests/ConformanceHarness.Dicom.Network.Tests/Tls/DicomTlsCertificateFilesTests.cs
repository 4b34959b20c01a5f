using System.Security.Cryptography;
using ConformanceHarness.Dicom.Network.Tls;
using ConformanceHarness.TestSupport.Tls;

namespace ConformanceHarness.Dicom.Network.Tests.Tls;

public sealed class DicomTlsCertificateFilesTests : IDisposable
{
    private readonly TestPki _pki = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LoadPem_CertificateAndKey_HasThePrivateKey(bool ecdsa)
    {
        var files = _pki.Issue("scp", ecdsa);

        using var certificate = DicomTlsCertificateFiles.LoadPem(files.CertificatePath, files.KeyPath);

        Assert.Equal(("CN=scp", true), (certificate.Subject, certificate.HasPrivateKey));
    }

    [Fact]
    public void LoadPem_MissingCertificate_NamesTheFile()
    {
        var missing = Path.Combine(_pki.Folder, "absent.pem");

        var error = Assert.Throws<DicomTlsConfigurationException>(() => DicomTlsCertificateFiles.LoadPem(missing, missing));

        Assert.Equal(($"the certificate file '{missing}' does not exist", missing), (error.Message, error.FilePath));
    }

    [Fact]
    public void LoadPem_CertificateNotPem_SaysWhichBlockIsMissing()
    {
        var files = _pki.Issue("scp");
        var notPem = _pki.Write("scp.der", RandomNumberGenerator.GetBytes(64));

        var error = Assert.Throws<DicomTlsConfigurationException>(() => DicomTlsCertificateFiles.LoadPem(notPem, files.KeyPath));

        Assert.Equal($"'{notPem}' is not a PEM file with '-----BEGIN CERTIFICATE-----'", error.Message);
    }

    [Fact]
    public void LoadPem_KeyOfAnotherCertificate_SaysTheyDoNotBelongTogether()
    {
        var (scp, scu) = (_pki.Issue("scp"), _pki.Issue("scu"));

        var error = Assert.Throws<DicomTlsConfigurationException>(() => DicomTlsCertificateFiles.LoadPem(scp.CertificatePath, scu.KeyPath));

        Assert.Equal($"the private key in '{scu.KeyPath}' does not belong to the certificate in '{scp.CertificatePath}' (CN=scp)", error.Message);
    }

    [Fact]
    public void LoadPem_EcKeyForRsaCertificate_SaysTheAlgorithmNeeded()
    {
        var (rsa, ec) = (_pki.Issue("rsa"), _pki.Issue("ec", ecdsa: true));

        var error = Assert.Throws<DicomTlsConfigurationException>(() => DicomTlsCertificateFiles.LoadPem(rsa.CertificatePath, ec.KeyPath));

        Assert.StartsWith($"'{ec.KeyPath}' holds no RSA private key, which the certificate needs", error.Message);
    }

    [Fact]
    public void LoadPem_EncryptedKey_NeedsItsPassword()
    {
        var files = _pki.Issue("scp");
        using var key = RSA.Create();
        key.ImportFromPem(File.ReadAllText(files.KeyPath));
        var encrypted = _pki.Write("scp.enc.pem", key.ExportEncryptedPkcs8PrivateKeyPem("key-secret",
            new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 10_000)));

        var error = Assert.Throws<DicomTlsConfigurationException>(() => DicomTlsCertificateFiles.LoadPem(files.CertificatePath, encrypted));
        using var loaded = DicomTlsCertificateFiles.LoadPem(files.CertificatePath, encrypted, "key-secret");

        Assert.Equal($"'{encrypted}' holds an ENCRYPTED PRIVATE KEY: its password is needed", error.Message);
        Assert.True(loaded.HasPrivateKey);
    }

    [Fact]
    public void LoadPkcs12_RightPassword_HasThePrivateKey()
    {
        using var certificate = DicomTlsCertificateFiles.LoadPkcs12(_pki.Issue("scu").Pkcs12Path, TestPki.Pkcs12Password);

        Assert.Equal(("CN=scu", true), (certificate.Subject, certificate.HasPrivateKey));
    }

    [Fact]
    public void LoadPkcs12_WrongPassword_SaysSo()
    {
        var path = _pki.Issue("scu").Pkcs12Path;

        var error = Assert.Throws<DicomTlsConfigurationException>(() => DicomTlsCertificateFiles.LoadPkcs12(path, "wrong"));

        Assert.StartsWith($"'{path}' cannot be opened: the password is wrong", error.Message);
    }

    [Fact]
    public void LoadPkcs12_PemFile_SaysToLoadItAsPem()
    {
        var path = _pki.Issue("scu").CertificatePath;

        Assert.Equal($"'{path}' is a PEM file, not PKCS#12 (.pfx/.p12): load it as PEM",
            Assert.Throws<DicomTlsConfigurationException>(() => DicomTlsCertificateFiles.LoadPkcs12(path, null)).Message);
    }

    [Fact]
    public void LoadTrusted_KeyFileInsteadOfBundle_SaysNoCertificateIsInIt()
    {
        var path = _pki.Issue("scu").KeyPath;

        Assert.Equal($"'{path}' is not a PEM file with '-----BEGIN CERTIFICATE-----'",
            Assert.Throws<DicomTlsConfigurationException>(() => DicomTlsCertificateFiles.LoadTrusted(path)).Message);
    }

    [Fact]
    public void LoadTrusted_Bundle_HoldsTheCa() =>
        Assert.Equal("CN=Harness Test CA", Assert.Single(DicomTlsCertificateFiles.LoadTrusted(_pki.CaPath)).Subject);

    public void Dispose() => _pki.Dispose();
}
