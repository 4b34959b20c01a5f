using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ConformanceHarness.Dicom.Network.Tls;

namespace ConformanceHarness.TestSupport.Tls;

/// <summary>
/// A throw-away certificate authority made in the test with <see cref="CertificateRequest"/>: a self-signed CA, and
/// leaf certificates it issues, written to a temporary folder as PEM pairs and PKCS#12 files.
/// </summary>
public sealed class TestPki : IDisposable
{
    public const string Pkcs12Password = "pkcs12-secret";
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    /// <summary>Each name keeps one key for the whole run (PKCS#8): RSA key generation dominates these tests' time.</summary>
    private static readonly ConcurrentDictionary<(string Name, bool Ecdsa, int RsaKeySize), byte[]> Keys = new();
    private readonly X509Certificate2 _ca;
    private readonly RSA _caKey;

    public TestPki(string name = "Harness Test CA")
    {
        Folder = Directory.CreateTempSubdirectory("dicom-tls-").FullName;
        _caKey = (RSA)KeyFor(name, ecdsa: false, rsaKeySize: 2048);
        var request = new CertificateRequest($"CN={name}", _caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        _ca = request.CreateSelfSigned(Now.AddDays(-30), Now.AddDays(30));
        CaPath = Write("ca.pem", _ca.ExportCertificatePem());
    }

    public string Folder { get; }

    /// <summary>The CA certificate as a PEM file: the trust bundle of both ends.</summary>
    public string CaPath { get; }

    /// <summary>A leaf certificate for 127.0.0.1 and localhost, usable by TLS clients and servers.</summary>
    public TestCredential Issue(string name, bool ecdsa = false, bool expired = false, int rsaKeySize = 2048)
    {
        using var key = KeyFor(name, ecdsa, rsaKeySize);
        var request = key is RSA rsa
            ? new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            : new CertificateRequest($"CN={name}", (ECDsa)key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new("1.3.6.1.5.5.7.3.1"), new("1.3.6.1.5.5.7.3.2")], false));
        var (notBefore, notAfter) = expired ? (Now.AddDays(-20), Now.AddDays(-10)) : (Now.AddDays(-1), Now.AddDays(10));
        var signer = X509SignatureGenerator.CreateForRSA(_caKey, RSASignaturePadding.Pkcs1);
        using var issued = request.Create(_ca.SubjectName, signer, notBefore, notAfter, RandomNumberGenerator.GetBytes(12));
        using var withKey = key is RSA rsaKey ? issued.CopyWithPrivateKey(rsaKey) : issued.CopyWithPrivateKey((ECDsa)key);
        return new TestCredential(
            Write($"{name}.crt.pem", issued.ExportCertificatePem()),
            Write($"{name}.key.pem", key.ExportPkcs8PrivateKeyPem()),
            Write($"{name}.p12", withKey.Export(X509ContentType.Pkcs12, Pkcs12Password)),
            CaPath);
    }

    private static AsymmetricAlgorithm KeyFor(string name, bool ecdsa, int rsaKeySize)
    {
        var pkcs8 = Keys.GetOrAdd((name, ecdsa, rsaKeySize), _ =>
        {
            using AsymmetricAlgorithm created = ecdsa ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : RSA.Create(rsaKeySize);
            return created.ExportPkcs8PrivateKey();
        });
        AsymmetricAlgorithm key = ecdsa ? ECDsa.Create() : RSA.Create();
        key.ImportPkcs8PrivateKey(pkcs8, out _);
        return key;
    }

    public string Write(string fileName, string text) => Write(fileName, System.Text.Encoding.ASCII.GetBytes(text));

    public string Write(string fileName, byte[] bytes)
    {
        var path = Path.Combine(Folder, fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        _ca.Dispose();
        _caKey.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
