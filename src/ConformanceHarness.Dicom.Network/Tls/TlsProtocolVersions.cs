using System.Security.Authentication;

namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>Conversions between <see cref="TlsProtocolVersion"/> and .NET's <see cref="SslProtocols"/> flags.</summary>
public static class TlsProtocolVersions
{
    /// <summary>Every version, oldest first.</summary>
    public static IReadOnlyList<TlsProtocolVersion> All { get; } = Enum.GetValues<TlsProtocolVersion>();

    /// <summary>The standard's way of writing the version, e.g. "TLS 1.2".</summary>
    public static string Describe(this TlsProtocolVersion version) => $"TLS 1.{(int)version - 0x0301}";

    /// <summary>The <see cref="SslProtocols"/> flags of every version from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public static SslProtocols ToSslProtocols(TlsProtocolVersion minimum, TlsProtocolVersion maximum) =>
        All.Where(version => version >= minimum && version <= maximum)
            .Aggregate(SslProtocols.None, (flags, version) => flags | ToSslProtocols(version));

    /// <summary>The version .NET reports for a negotiated session, or null for SSL 2/3 and None.</summary>
    public static TlsProtocolVersion? FromSslProtocols(SslProtocols protocol) =>
        All.Cast<TlsProtocolVersion?>().FirstOrDefault(version => ToSslProtocols(version!.Value) == protocol);

#pragma warning disable SYSLIB0039 // TLS 1.0 and 1.1 are named because the retired DICOM profiles name them; OpenSSL 3 refuses them.
    private static SslProtocols ToSslProtocols(TlsProtocolVersion version) => version switch
    {
        TlsProtocolVersion.Tls10 => SslProtocols.Tls,
        TlsProtocolVersion.Tls11 => SslProtocols.Tls11,
        TlsProtocolVersion.Tls12 => SslProtocols.Tls12,
        TlsProtocolVersion.Tls13 => SslProtocols.Tls13,
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "not a TLS protocol version"),
    };
#pragma warning restore SYSLIB0039
}
