using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ConformanceHarness.Dicom.Network.Tls;

namespace ConformanceHarness.Dicom.Network.Tests.Tls;

/// <summary>
/// B.13's certificate rules, checked on certificates made here: OpenSSL at Debian's security level 2 already refuses to
/// use such certificates itself, so a handshake cannot bring one from a peer on this machine.
/// </summary>
public sealed class DicomTlsKeyRequirementsTests
{
    private static readonly DicomTlsKeyRequirements B13 = DicomTlsProfile.ModifiedBcp195Rfc8996.KeyRequirements!;

    [Fact]
    public void Violation_Rsa2048Sha256_IsNone() => Assert.Null(B13.Violation(SelfSigned(RSA.Create(2048), HashAlgorithmName.SHA256)));

    [Fact]
    public void Violation_EcP256Sha256_IsNone() =>
        Assert.Null(B13.Violation(SelfSigned(ECDsa.Create(ECCurve.NamedCurves.nistP256), HashAlgorithmName.SHA256)));

    [Fact]
    public void Violation_Rsa1024_NamesTheKeySize() =>
        Assert.Equal("has a 1024-bit RSA key; at least 2048 bits are required", B13.Violation(SelfSigned(RSA.Create(1024), HashAlgorithmName.SHA256)));

    [Fact]
    public void Violation_EcP224_NamesTheKeySize() =>
        Assert.Equal("has a 224-bit EC key; at least 256 bits are required",
            B13.Violation(SelfSigned(ECDsa.Create(ECCurve.CreateFromFriendlyName("secp224r1")), HashAlgorithmName.SHA256)));

    [Fact]
    public void Violation_Sha1Signature_NamesTheAlgorithm()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=peer", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.Create(request.SubjectName, new Sha1RsaSignatureGenerator(key),
            DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1), [1]);

        Assert.Equal("is signed with sha1RSA; SHA-256 or stronger is required", B13.Violation(certificate));
    }

    private static X509Certificate2 SelfSigned(AsymmetricAlgorithm key, HashAlgorithmName hash)
    {
        using (key)
        {
            var request = key is RSA rsa ? new CertificateRequest("CN=peer", rsa, hash, RSASignaturePadding.Pkcs1)
                : new CertificateRequest("CN=peer", (ECDsa)key, hash);
            return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        }
    }

    /// <summary>sha1WithRSAEncryption (RFC 3279 §2.2.1), which .NET's own generators refuse to produce.</summary>
    private sealed class Sha1RsaSignatureGenerator(RSA key) : X509SignatureGenerator
    {
        public override byte[] GetSignatureAlgorithmIdentifier(HashAlgorithmName hashAlgorithm) =>
            Convert.FromHexString("300D06092A864886F70D0101050500");

        public override byte[] SignData(byte[] data, HashAlgorithmName hashAlgorithm) =>
            key.SignData(data, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);

        protected override PublicKey BuildPublicKey() => new(key);
    }
}
