using System.Security.Cryptography.X509Certificates;

namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>
/// The certificate strength a profile demands of both ends (PS3.15 B.13, as DCMTK 3.6.9 enforces it): minimum RSA and
/// EC key sizes, and a signature hash of SHA-256 or stronger.
/// </summary>
public sealed record DicomTlsKeyRequirements(int MinimumRsaKeySize, int MinimumEcKeySize)
{
    /// <summary>Signature algorithms with SHA-256 or stronger: sha256/384/512WithRSA, RSASSA-PSS, ecdsa-with-SHA256/384/512, Ed25519, Ed448.</summary>
    private static readonly HashSet<string> StrongSignatures =
    [
        "1.2.840.113549.1.1.11", "1.2.840.113549.1.1.12", "1.2.840.113549.1.1.13", "1.2.840.113549.1.1.10",
        "1.2.840.10045.4.3.2", "1.2.840.10045.4.3.3", "1.2.840.10045.4.3.4", "1.3.101.112", "1.3.101.113",
    ];

    /// <summary>What <paramref name="certificate"/> lacks, in words, or null when it meets the requirements.</summary>
    public string? Violation(X509Certificate2 certificate)
    {
        using var rsa = certificate.GetRSAPublicKey();
        using var ec = certificate.GetECDsaPublicKey();
        if (rsa is not null && rsa.KeySize < MinimumRsaKeySize)
            return $"has a {rsa.KeySize}-bit RSA key; at least {MinimumRsaKeySize} bits are required";
        if (ec is not null && ec.KeySize < MinimumEcKeySize)
            return $"has a {ec.KeySize}-bit EC key; at least {MinimumEcKeySize} bits are required";
        var signature = certificate.SignatureAlgorithm;
        return StrongSignatures.Contains(signature.Value ?? "") ? null
            : $"is signed with {signature.FriendlyName ?? signature.Value}; SHA-256 or stronger is required";
    }
}
