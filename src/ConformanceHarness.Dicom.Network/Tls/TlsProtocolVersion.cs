namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>A TLS protocol version; the values are the ProtocolVersion codes on the wire.</summary>
/// <remarks>RFC 2246 §6.2.1 (TLS 1.0 = 3,1), RFC 4346 (TLS 1.1 = 3,2), RFC 5246 (TLS 1.2 = 3,3), RFC 8446 §4.2.1 (TLS 1.3 = 0x0304).
/// TLS 1.0 and 1.1 are deprecated by RFC 8996 (BCP 195).</remarks>
public enum TlsProtocolVersion : ushort
{
    Tls10 = 0x0301,
    Tls11 = 0x0302,
    Tls12 = 0x0303,
    Tls13 = 0x0304,
}
