using System.CommandLine;
using System.CommandLine.Parsing;
using ConformanceHarness.Dicom.Network.Tls;

namespace ConformanceHarness.Cli.Commands.Dicom.Network;

/// <summary>
/// The DICOM TLS options of every network verb (PS3.15 Annex B). <c>--tls</c> turns TLS on; this side's certificate
/// comes from PEM files (<c>--tls-cert</c>, <c>--tls-key</c>) or a PKCS#12 file (<c>--tls-pkcs12</c>), whose password
/// is read from <c>--tls-password-file</c> or <see cref="PasswordVariable"/>, never from the command line (where every
/// user of the machine can read it). <see cref="TlsSettings"/> turns them into <see cref="DicomTlsOptions"/>.
/// </summary>
public static class TlsOptions
{
    public const string PasswordVariable = "HARNESS_TLS_PASSWORD";

    /// <summary>The profiles the verbs run, in the order help lists them; PS3.15 B.1 cannot be negotiated here and B.2
    /// and B.11 are not implemented (<see cref="DicomTlsProfile.Limitation"/>, <see cref="DicomTlsProfile.UnsupportedProfiles"/>).</summary>
    public static IReadOnlyList<DicomTlsProfile> Profiles { get; } =
    [
        DicomTlsProfile.Bcp195Rfc8996, DicomTlsProfile.ModifiedBcp195Rfc8996, DicomTlsProfile.NonDowngradingBcp195,
        DicomTlsProfile.Bcp195, DicomTlsProfile.Aes,
    ];

    /// <summary>The words of <c>--tls-peer</c>, after DCMTK's --require-peer-cert, --verify-peer-cert, --ignore-peer-cert.</summary>
    public static IReadOnlyDictionary<string, DicomTlsPeerVerification> PeerVerifications { get; } = new Dictionary<string, DicomTlsPeerVerification>
    {
        ["require"] = DicomTlsPeerVerification.Require,
        ["if-present"] = DicomTlsPeerVerification.VerifyIfPresent,
        ["ignore"] = DicomTlsPeerVerification.Ignore,
    };

    public static readonly Option<bool> TlsOption = new("--tls")
    {
        Description = "Secure the connection with TLS before the association (PS3.15 Annex B); needs --tls-ca",
    };

    public static readonly Option<string> CertificateOption = new("--tls-cert")
    {
        Description = "This side's certificate (PEM), with --tls-key",
        HelpName = "FILE",
    };

    public static readonly Option<string> KeyOption = new("--tls-key")
    {
        Description = "The private key of --tls-cert (PEM: PKCS#8, PKCS#1 or SEC1)",
        HelpName = "FILE",
    };

    public static readonly Option<string> Pkcs12Option = new("--tls-pkcs12")
    {
        Description = "This side's certificate and private key as PKCS#12 (.pfx/.p12), instead of --tls-cert and --tls-key",
        HelpName = "FILE",
    };

    public static readonly Option<string> PasswordFileOption = new("--tls-password-file")
    {
        Description = $"File whose first line is the password of --tls-pkcs12 (otherwise ${PasswordVariable}, if set)",
        HelpName = "FILE",
    };

    public static readonly Option<string> CaOption = new("--tls-ca")
    {
        Description = "The CA certificates (PEM bundle) the peer's certificate must chain to; required unless --tls-peer ignore",
        HelpName = "FILE",
    };

    public static readonly Option<string> ProfileOption = new("--tls-profile")
    {
        Description = "Secure Transport Connection Profile: B.12 or B.13 (BCP 195 RFC 8996, 9325, plain or modified), "
            + "B.10, B.9 or B.3 (retired)",
        DefaultValueFactory = _ => DicomTlsProfile.Default.Section,
        HelpName = "PROFILE",
        Validators = { ValidateProfile },
    };

    public static readonly Option<string> PeerOption = CreatePeerOption();

    public static IReadOnlyList<Option> All { get; } =
        [TlsOption, CertificateOption, KeyOption, Pkcs12Option, PasswordFileOption, CaOption, ProfileOption, PeerOption];

    /// <summary>The profile of a section <see cref="ValidateProfile"/> accepted ("B.12", also "b.12").</summary>
    public static DicomTlsProfile Profile(string section) =>
        Profiles.First(profile => profile.Section.Equals(section, StringComparison.OrdinalIgnoreCase));

    private static void ValidateProfile(OptionResult result)
    {
        var section = result.GetValueOrDefault<string>() ?? "";
        if (Profiles.Any(profile => profile.Section.Equals(section, StringComparison.OrdinalIgnoreCase))) return;
        var known = section.ToUpperInvariant();
        result.AddError($"--tls-profile {section} " + (
            DicomTlsProfile.TryGet(known, out var profile) ? $"is not supported: {profile} {profile.Limitation}"
            : DicomTlsProfile.UnsupportedProfiles.TryGetValue(known, out var reason) ? $"is not supported: {reason}"
            : $"is not a TLS Secure Transport Connection Profile of PS3.15 Annex B; use {string.Join(", ", Profiles.Select(p => p.Section))}"));
    }

    private static Option<string> CreatePeerOption()
    {
        var option = new Option<string>("--tls-peer")
        {
            Description = "The peer's certificate: require one that chains to --tls-ca, check it if-present, or ignore it",
            DefaultValueFactory = _ => "require",
        };
        option.AcceptOnlyFromAmong([.. PeerVerifications.Keys]);
        return option;
    }
}
