namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>How the peer's certificate is treated; the names follow DCMTK's --require-peer-cert,
/// --verify-peer-cert and --ignore-peer-cert.</summary>
/// <remarks>DICOM TLS normally authenticates both ends (PS3.15 B.1: "entity authentication"), so the default is
/// <see cref="Require"/>. A server asks for a client certificate unless the mode is <see cref="Ignore"/>.</remarks>
public enum DicomTlsPeerVerification
{
    /// <summary>The peer must present a certificate that chains to a trusted certificate.</summary>
    Require,

    /// <summary>A certificate the peer presents must chain to a trusted certificate; a peer may present none.</summary>
    VerifyIfPresent,

    /// <summary>The peer's certificate is neither asked for (as server) nor checked (as client).</summary>
    Ignore,
}
