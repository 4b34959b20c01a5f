using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>
/// Decides on the peer's certificate during one handshake, after .NET has built its chain against the trusted
/// certificates only (<see cref="X509ChainTrustMode.CustomRootTrust"/>), and remembers why it refused: SslStream itself
/// only reports "rejected by the provided RemoteCertificateValidationCallback".
/// </summary>
internal sealed class PeerCertificateCheck(DicomTlsOptions options, DicomTlsRole role)
{
    private string Peer => role == DicomTlsRole.Client ? "server" : "client";

    /// <summary>Why the certificate was refused, or null while it was not.</summary>
    public (DicomTlsFailure Failure, string Reason)? Rejection { get; private set; }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (options.PeerVerification == DicomTlsPeerVerification.Ignore) return true;
        if (certificate is null)
        {
            return options.PeerVerification == DicomTlsPeerVerification.VerifyIfPresent
                || Reject(DicomTlsFailure.NoPeerCertificate, $"the {Peer} presented no certificate, and peer verification is Require");
        }

        var peer = certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors))
            return Reject(DicomTlsFailure.UntrustedPeerCertificate, $"the {Peer}'s certificate {Describe(peer)} is not trusted: {ChainStatus(chain)}; trusted: {Trusted()}");
        if (options.Profile.KeyRequirements?.Violation(peer) is { } weakness)
            return Reject(DicomTlsFailure.WeakPeerCertificate, $"the {Peer}'s certificate {Describe(peer)} {weakness} by {options.Profile.Section}");
        if (options.CheckHostName && errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
            return Reject(DicomTlsFailure.HostNameMismatch, $"the {Peer}'s certificate {Describe(peer)} does not name the host we dialled");
        return true;
    }

    private bool Reject(DicomTlsFailure failure, string reason)
    {
        Rejection = (failure, reason);
        return false;
    }

    private static string Describe(X509Certificate2 certificate) =>
        $"'{certificate.Subject}' (issuer '{certificate.Issuer}', valid {certificate.NotBefore.ToUniversalTime():u} to {certificate.NotAfter.ToUniversalTime():u})";

    private static string ChainStatus(X509Chain? chain) => chain is null || chain.ChainStatus.Length == 0 ? "no chain could be built"
        : string.Join(", ", chain.ChainStatus.Select(status => $"{status.Status} ({status.StatusInformation.Trim()})").Distinct());

    private string Trusted() => string.Join("; ", options.TrustedCertificates.Select(certificate => certificate.Subject));
}
