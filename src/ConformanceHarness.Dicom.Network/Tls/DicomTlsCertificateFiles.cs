using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>
/// Loads the certificates of <see cref="DicomTlsOptions"/> from files: a PEM certificate with its PEM private key, a
/// PKCS#12 file (.pfx/.p12), or a PEM bundle of trusted certificates. Every failure is a
/// <see cref="DicomTlsConfigurationException"/> that names the file and says what is wrong with it.
/// </summary>
public static class DicomTlsCertificateFiles
{
    /// <summary>A certificate (PEM "CERTIFICATE") and its private key (PEM "PRIVATE KEY", "RSA PRIVATE KEY",
    /// "EC PRIVATE KEY", or "ENCRYPTED PRIVATE KEY" with <paramref name="privateKeyPassword"/>).</summary>
    public static X509Certificate2 LoadPem(string certificatePath, string privateKeyPath, string? privateKeyPassword = null)
    {
        var certificatePem = ReadText(certificatePath, "certificate");
        RequireBlock(certificatePath, certificatePem, "CERTIFICATE");
        using var certificate = Parse(certificatePath, () => X509Certificate2.CreateFromPem(certificatePem), "is not a valid X.509 certificate");
        return PemPrivateKey.Attach(certificate, certificatePath, privateKeyPath, ReadText(privateKeyPath, "private key"), privateKeyPassword);
    }

    /// <summary>The certificate with a private key in a PKCS#12 file; <paramref name="password"/> may be null for none.</summary>
    public static X509Certificate2 LoadPkcs12(string path, string? password)
    {
        var bytes = Read(path, "PKCS#12", File.ReadAllBytes);
        if (bytes.AsSpan().StartsWith("-----BEGIN"u8))
            throw new DicomTlsConfigurationException($"'{path}' is a PEM file, not PKCS#12 (.pfx/.p12): load it as PEM", path);
        if (X509Certificate2.GetCertContentType(bytes) != X509ContentType.Pkcs12)
            throw new DicomTlsConfigurationException($"'{path}' is not a PKCS#12 (.pfx/.p12) file", path);
        var certificate = Parse(path, () => X509CertificateLoader.LoadPkcs12(bytes, password),
            password is null ? "cannot be opened without a password" : "cannot be opened: the password is wrong");
        if (certificate.HasPrivateKey) return certificate;
        throw new DicomTlsConfigurationException($"'{path}' holds certificate {certificate.Subject} but no private key", path);
    }

    /// <summary>The certificates of a PEM bundle (one or more "CERTIFICATE" blocks), to trust as roots of peer chains.</summary>
    public static X509Certificate2Collection LoadTrusted(string path)
    {
        var pem = ReadText(path, "trusted certificates");
        RequireBlock(path, pem, "CERTIFICATE");
        var collection = new X509Certificate2Collection();
        Parse(path, () => { collection.ImportFromPem(pem); return collection; }, "holds a CERTIFICATE block that is not a valid X.509 certificate");
        return collection;
    }

    internal static void RequireBlock(string path, string pem, params string[] labels)
    {
        if (labels.Any(label => pem.Contains($"-----BEGIN {label}-----", StringComparison.Ordinal))) return;
        var expected = string.Join(" or ", labels.Select(label => $"'-----BEGIN {label}-----'"));
        throw new DicomTlsConfigurationException($"'{path}' is not a PEM file with {expected}", path);
    }

    internal static T Parse<T>(string path, Func<T> parse, string problem)
    {
        try
        {
            return parse();
        }
        catch (Exception error) when (error is CryptographicException or ArgumentException)
        {
            throw new DicomTlsConfigurationException($"'{path}' {problem} ({error.Message})", path, error);
        }
    }

    private static string ReadText(string path, string what) => Read(path, what, File.ReadAllText);

    private static T Read<T>(string path, string what, Func<string, T> read)
    {
        if (!File.Exists(path))
            throw new DicomTlsConfigurationException($"the {what} file '{path}' does not exist", path);
        try
        {
            return read(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new DicomTlsConfigurationException($"the {what} file '{path}' cannot be read: {error.Message}", path, error);
        }
    }
}
