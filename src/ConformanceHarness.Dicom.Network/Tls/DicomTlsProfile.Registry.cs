using System.Net.Security;
using static System.Net.Security.TlsCipherSuite;
using static ConformanceHarness.Dicom.Network.Tls.TlsProtocolVersion;

namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>
/// The TLS profiles of PS3.15 Annex B. Sources: PS3.15 B.1 Table B.1-1 (2013 edition) for the Basic profile; PS3.15
/// B.12 (2024e) for the BCP 195 RFC 8996, 9325 profile; the cipher-suite sets of the retired profiles as DCMTK 3.6.9
/// implements them (dcmtls/docs/ciphers.txt, tlsciphr.cc), which cite RFC 7525 §4.2; RFC 9325 §4.2 and RFC 8446 §9.1.
/// B.13's suites and key rules as DCMTK 3.6.9 implements them (TSP_Profile_BCP_195_RFC_8996_Modified).
/// What OpenSSL 3 on Debian 12 refuses was found by trying (see <see cref="Limitation"/>). B.1 and B.3 are retired per
/// DCMTK's documentation; B.9 and B.10 are marked retired as superseded by B.12 and B.13 in current editions, which was
/// not checked against a copy of the 2024+ table of contents.
/// </summary>
public sealed partial class DicomTlsProfile
{
    private const string TripleDesMissing = "TLS_RSA_WITH_3DES_EDE_CBC_SHA is not compiled into Debian 12's OpenSSL 3 "
        + "(built without enable-weak-ssl-ciphers: `openssl ciphers DES-CBC3-SHA` finds no match), so it is never negotiated";
    private const string OldVersionsRefused = "TLS 1.0 and 1.1 are never negotiated: Debian's OpenSSL 3 runs at security level 2 "
        + "(README.Debian), which refuses the SHA-1/MD5 handshake signatures they need (\"no suitable signature algorithm\")";
    private const string DheNotServed = "our TLS server never selects the DHE suites: .NET sets no Diffie-Hellman parameters "
        + "on OpenSSL (a client offering only DHE gets \"no shared cipher\")";

    /// <summary>TLS 1.3 suites: TLS_AES_128_GCM_SHA256 is mandatory, the other two recommended (RFC 8446 §9.1).</summary>
    private static readonly TlsCipherSuite[] Tls13Suites = [TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256];

    /// <summary>The four TLS 1.2 suites RFC 7525 §4.2 recommends, which the B.9 and B.10 profiles adopt.</summary>
    private static readonly TlsCipherSuite[] Rfc7525Suites =
        [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_DHE_RSA_WITH_AES_256_GCM_SHA384];

    /// <summary>B.1 (retired): TLS 1.0 framework; RSA certificates, RSA key exchange, SHA, Triple DES EDE CBC (Table B.1-1).</summary>
    public static readonly DicomTlsProfile Basic = new("B.1", "Basic TLS Secure Transport Connection Profile", true, Tls10, Tls12,
        [TLS_RSA_WITH_3DES_EDE_CBC_SHA], $"cannot be negotiated at all here: {TripleDesMissing}; and {OldVersionsRefused}");

    /// <summary>B.3 (retired): TLS_RSA_WITH_AES_128_CBC_SHA preferred, the Basic profile's suite as fall-back.</summary>
    public static readonly DicomTlsProfile Aes = new("B.3", "AES TLS Secure Transport Connection Profile", true, Tls10, Tls12,
        [TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA],
        $"only TLS 1.2 with TLS_RSA_WITH_AES_128_CBC_SHA works: {TripleDesMissing}; {OldVersionsRefused}");

    /// <summary>B.9 (retired): RFC 7525 suites first, then the AES and Basic profiles' suites for older peers.</summary>
    public static readonly DicomTlsProfile Bcp195 = new("B.9", "BCP 195 TLS Secure Transport Connection Profile", true, Tls10, Tls13,
        [.. Rfc7525Suites, TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA, .. Tls13Suites],
        $"{OldVersionsRefused}; {TripleDesMissing}; {DheNotServed}");

    /// <summary>B.10 (retired): the RFC 7525 suites and never below TLS 1.2.</summary>
    public static readonly DicomTlsProfile NonDowngradingBcp195 = new("B.10", "Non-Downgrading BCP 195 TLS Secure Transport Connection Profile",
        true, Tls12, Tls13, [.. Rfc7525Suites, .. Tls13Suites], DheNotServed);

    /// <summary>B.12: TLS 1.2 required, TLS 1.3 preferred; the ECDHE AES-GCM suites of RFC 9325 §4.2. The default.</summary>
    public static readonly DicomTlsProfile Bcp195Rfc8996 = new("B.12", "BCP 195 RFC 8996, 9325 TLS Secure Transport Connection Profile",
        false, Tls12, Tls13,
        [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
         TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, .. Tls13Suites]);

    /// <summary>B.13: B.12 restricted to the listed suites (ECDHE only; CCM, ChaCha20, CAMELLIA-GCM and AES-GCM), all five
    /// TLS 1.3 suites, RSA keys of 2048 bits or more, EC keys of 256 bits or more, certificates signed with SHA-256 or better.</summary>
    public static readonly DicomTlsProfile ModifiedBcp195Rfc8996 = new("B.13",
        "Modified BCP 195 RFC 8996, 9325 TLS Secure Transport Connection Profile", false, Tls12, Tls13,
        [TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_AES_128_CCM,
         TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
         TLS_ECDHE_RSA_WITH_CAMELLIA_256_GCM_SHA384, TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
         TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, TLS_ECDHE_ECDSA_WITH_AES_256_CCM, TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8,
         TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
         TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256, TLS_AES_128_GCM_SHA256, TLS_AES_128_CCM_SHA256, TLS_AES_128_CCM_8_SHA256],
        "the four CAMELLIA-GCM suites are never offered: OpenSSL has no CAMELLIA-GCM (.NET drops them from the policy)",
        new DicomTlsKeyRequirements(MinimumRsaKeySize: 2048, MinimumEcKeySize: 256));

    /// <summary>The current, non-retired BCP 195 profile (B.12).</summary>
    public static DicomTlsProfile Default => Bcp195Rfc8996;

    /// <summary>Every TLS profile this harness can configure, in PS3.15 order.</summary>
    public static IReadOnlyList<DicomTlsProfile> All { get; } = [Basic, Aes, Bcp195, NonDowngradingBcp195, Bcp195Rfc8996, ModifiedBcp195Rfc8996];

    /// <summary>The Secure Transport Connection Profiles of Annex B this harness does not run, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> UnsupportedProfiles { get; } = new Dictionary<string, string>
    {
        ["B.2"] = "the ISCL Secure Transport Connection Profile (retired) is not TLS: it runs MEDIS-DC's Integrated Secure "
            + "Communication Layer V1.00 (challenge-response entity authentication, DES-CBC and MD5 on port 2761), which neither "
            + ".NET nor OpenSSL implements",
        ["B.11"] = "the Extended BCP 195 TLS Profile (retired) is not implemented; use B.12",
    };
}
