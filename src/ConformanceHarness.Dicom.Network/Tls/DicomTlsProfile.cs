using System.Net.Security;

namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>
/// A Secure Transport Connection Profile of PS3.15 Annex B that runs over TLS: the protocol versions it negotiates and
/// the cipher suites it offers, most preferred first. The registry is in <c>DicomTlsProfile.Registry.cs</c>.
/// </summary>
/// <remarks>PS3.15 §6.2 lists what such a profile fixes: negotiation framework, entity authentication, key distribution,
/// encryption and integrity mechanisms. DICOM leaves certificate policy to the site (PS3.15 B.1).</remarks>
public sealed partial class DicomTlsProfile
{
    private DicomTlsProfile(string section, string name, bool isRetired, TlsProtocolVersion minimumVersion,
        TlsProtocolVersion maximumVersion, IReadOnlyList<TlsCipherSuite> cipherSuites, string? limitation = null,
        DicomTlsKeyRequirements? keyRequirements = null)
    {
        (Section, Name, IsRetired, Limitation, KeyRequirements) = (section, name, isRetired, limitation, keyRequirements);
        (MinimumVersion, MaximumVersion, CipherSuites) = (minimumVersion, maximumVersion, cipherSuites);
    }

    /// <summary>The section of PS3.15 that defines the profile, e.g. "B.12".</summary>
    public string Section { get; }

    /// <summary>The profile's name as PS3.15 writes it.</summary>
    public string Name { get; }

    /// <summary>True when the current edition of PS3.15 has retired the profile.</summary>
    public bool IsRetired { get; }

    /// <summary>The oldest protocol version the profile lets an implementation negotiate.</summary>
    public TlsProtocolVersion MinimumVersion { get; }

    /// <summary>The newest protocol version the profile lets an implementation negotiate.</summary>
    public TlsProtocolVersion MaximumVersion { get; }

    /// <summary>The cipher suites the profile requires or recommends (IANA names), most preferred first; TLS 1.3 suites last.</summary>
    public IReadOnlyList<TlsCipherSuite> CipherSuites { get; }

    /// <summary>The certificate strength the profile demands of both ends, or null when it leaves that to the site.</summary>
    public DicomTlsKeyRequirements? KeyRequirements { get; }

    /// <summary>What of the profile .NET's SslStream cannot do on Linux with OpenSSL 3, in words; null when it can do all.</summary>
    public string? Limitation { get; }

    /// <summary>True when a session of <paramref name="version"/> with <paramref name="cipherSuite"/> is one this profile allows.</summary>
    public bool Allows(TlsProtocolVersion version, TlsCipherSuite cipherSuite) =>
        version >= MinimumVersion && version <= MaximumVersion && CipherSuitesFor(version, version).Contains(cipherSuite);

    /// <summary>The suites of <see cref="CipherSuites"/> usable with the versions from <paramref name="minimum"/> to
    /// <paramref name="maximum"/>: TLS 1.3 has its own suites (RFC 8446 §B.4), which no older version can use.</summary>
    public IReadOnlyList<TlsCipherSuite> CipherSuitesFor(TlsProtocolVersion minimum, TlsProtocolVersion maximum) =>
        [.. CipherSuites.Where(suite => IsTls13Suite(suite) ? maximum >= TlsProtocolVersion.Tls13 : minimum <= TlsProtocolVersion.Tls12)];

    /// <summary>True for a TLS 1.3 suite (RFC 8446 §B.4: TLS_AES_*, TLS_CHACHA20_POLY1305_SHA256), which fixes no key exchange.</summary>
    public static bool IsTls13Suite(TlsCipherSuite suite) =>
        suite.ToString().StartsWith("TLS_AES_", StringComparison.Ordinal) || suite == TlsCipherSuite.TLS_CHACHA20_POLY1305_SHA256;

    /// <summary>True when <paramref name="session"/> is one this profile allows.</summary>
    public bool Allows(DicomTlsSession session) => session.Version is { } version && Allows(version, session.CipherSuite);

    /// <summary>The profile for a PS3.15 section ("B.12"); a known profile this harness cannot run, or an unknown section, throws.</summary>
    /// <exception cref="DicomTlsConfigurationException">The section names no TLS profile, or one that is not supported (with the reason).</exception>
    public static DicomTlsProfile Get(string section) =>
        TryGet(section, out var profile) ? profile
        : throw new DicomTlsConfigurationException(UnsupportedProfiles.TryGetValue(section, out var reason)
            ? $"PS3.15 {section} is not supported: {reason}"
            : $"PS3.15 {section} is not a Secure Transport Connection Profile; known: {string.Join(", ", All.Select(entry => entry.Section))}");

    public static bool TryGet(string section, out DicomTlsProfile profile)
    {
        profile = All.FirstOrDefault(entry => entry.Section == section)!;
        return profile is not null;
    }

    public override string ToString() => $"PS3.15 {Section} {Name}{(IsRetired ? " (retired)" : "")}";
}
