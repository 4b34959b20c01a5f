using System.CommandLine;
using System.Security.Cryptography.X509Certificates;
using ConformanceHarness.Dicom.Network.Tls;

namespace ConformanceHarness.Cli.Commands.Dicom.Network;

/// <summary>
/// Reads the <see cref="TlsOptions"/> of a command line into <see cref="DicomTlsOptions"/>, loading every file at once:
/// a missing or wrong file, or options that do not go together, are a <see cref="HarnessError"/> (exit code 2) before
/// anything is sent, with the words of <see cref="DicomTlsConfigurationException"/>, which name the file.
/// </summary>
public static class TlsSettings
{
    /// <param name="role">Client for the SCU verbs, server for <c>listen</c> (which needs a certificate).</param>
    /// <param name="handshakeTimeout">How long the peer may take to complete the handshake.</param>
    /// <returns>Null without <c>--tls</c>.</returns>
    public static DicomTlsOptions? Read(ParseResult parseResult, DicomTlsRole role, TimeSpan handshakeTimeout)
    {
        if (!parseResult.GetValue(TlsOptions.TlsOption))
        {
            RequireNone(parseResult);
            return null;
        }
        var peer = TlsOptions.PeerVerifications[parseResult.GetValue(TlsOptions.PeerOption)!];
        var trusted = parseResult.GetValue(TlsOptions.CaOption);
        if (trusted is null && peer != DicomTlsPeerVerification.Ignore)
            throw new HarnessError("--tls needs --tls-ca FILE: the CA certificates (PEM) the peer's certificate must chain to");
        try
        {
            var options = new DicomTlsOptions
            {
                Profile = TlsOptions.Profile(parseResult.GetValue(TlsOptions.ProfileOption)!),
                Certificate = Certificate(parseResult, role),
                TrustedCertificates = trusted is null ? [] : DicomTlsCertificateFiles.LoadTrusted(trusted),
                PeerVerification = peer,
                HandshakeTimeout = handshakeTimeout,
            };
            options.Validate(role);
            return options;
        }
        catch (DicomTlsConfigurationException error)
        {
            throw new HarnessError(error.Message, error);
        }
    }

    /// <summary>A --tls-* option without --tls would be silently ignored, and the connection would not be secured.</summary>
    private static void RequireNone(ParseResult parseResult)
    {
        var given = TlsOptions.All.FirstOrDefault(option => option != TlsOptions.TlsOption && parseResult.GetResult(option) is { Implicit: false });
        if (given is not null)
            throw new HarnessError($"{given.Name} is only used with --tls");
    }

    private static X509Certificate2? Certificate(ParseResult parseResult, DicomTlsRole role)
    {
        var (certificate, key) = (parseResult.GetValue(TlsOptions.CertificateOption), parseResult.GetValue(TlsOptions.KeyOption));
        var pkcs12 = parseResult.GetValue(TlsOptions.Pkcs12Option);
        if (certificate is not null && pkcs12 is not null)
            throw new HarnessError("--tls-cert and --tls-pkcs12 both give this side's certificate: use one");
        if ((certificate is null) != (key is null))
            throw new HarnessError(certificate is null ? "--tls-key needs --tls-cert, the certificate of the key" : "--tls-cert needs --tls-key, the certificate's private key");
        if (pkcs12 is null && parseResult.GetResult(TlsOptions.PasswordFileOption) is not null)
            throw new HarnessError("--tls-password-file is only used with --tls-pkcs12");
        if (pkcs12 is not null) return DicomTlsCertificateFiles.LoadPkcs12(pkcs12, Password(parseResult));
        if (certificate is not null) return DicomTlsCertificateFiles.LoadPem(certificate, key!);
        return role == DicomTlsRole.Server
            ? throw new HarnessError("a TLS listener needs its certificate and private key: --tls-cert and --tls-key, or --tls-pkcs12")
            : null;
    }

    /// <summary>The first line of --tls-password-file, else $HARNESS_TLS_PASSWORD, else none.</summary>
    private static string? Password(ParseResult parseResult)
    {
        if (parseResult.GetValue(TlsOptions.PasswordFileOption) is not { } path) return Environment.GetEnvironmentVariable(TlsOptions.PasswordVariable);
        if (!File.Exists(path)) throw new HarnessError($"--tls-password-file {path} does not exist");
        try
        {
            return File.ReadLines(path).FirstOrDefault() ?? "";
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new HarnessError($"--tls-password-file {path} cannot be read: {error.Message}", error);
        }
    }
}
