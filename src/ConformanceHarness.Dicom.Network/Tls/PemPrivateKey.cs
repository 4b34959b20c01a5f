using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>Reads a PEM private key of the certificate's algorithm (RSA or EC) and checks that it belongs to the certificate.</summary>
internal static class PemPrivateKey
{
    private const string RsaOid = "1.2.840.113549.1.1.1", EcOid = "1.2.840.10045.2.1";
    private static readonly string[] Labels = ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY"];

    public static X509Certificate2 Attach(X509Certificate2 certificate, string certificatePath, string keyPath, string keyPem, string? password)
    {
        DicomTlsCertificateFiles.RequireBlock(keyPath, keyPem, Labels);
        var encrypted = keyPem.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal);
        if (encrypted && password is null)
            throw new DicomTlsConfigurationException($"'{keyPath}' holds an ENCRYPTED PRIVATE KEY: its password is needed", keyPath);
        using AsymmetricAlgorithm key = certificate.GetKeyAlgorithm() switch
        {
            RsaOid => Import(RSA.Create(), keyPath, keyPem, password, "RSA"),
            EcOid => Import(ECDsa.Create(), keyPath, keyPem, password, "EC"),
            var oid => throw new DicomTlsConfigurationException(
                $"'{certificatePath}' has a key of algorithm {oid}; only RSA and EC certificates are supported", certificatePath),
        };
        if (!key.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(certificate.PublicKey.ExportSubjectPublicKeyInfo()))
        {
            throw new DicomTlsConfigurationException(
                $"the private key in '{keyPath}' does not belong to the certificate in '{certificatePath}' ({certificate.Subject})", keyPath);
        }

        return key is RSA rsa ? certificate.CopyWithPrivateKey(rsa) : certificate.CopyWithPrivateKey((ECDsa)key);
    }

    private static T Import<T>(T key, string path, string pem, string? password, string algorithm) where T : AsymmetricAlgorithm
    {
        try
        {
            if (password is null) key.ImportFromPem(pem);
            else key.ImportFromEncryptedPem(pem, password);
            return key;
        }
        catch (Exception error) when (error is CryptographicException or ArgumentException)
        {
            key.Dispose();
            var problem = password is null ? $"holds no {algorithm} private key, which the certificate needs"
                : $"holds no {algorithm} private key that opens with the given password";
            throw new DicomTlsConfigurationException($"'{path}' {problem} ({error.Message})", path, error);
        }
    }
}
