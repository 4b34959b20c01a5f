namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>The end of a TLS connection: the client opens it (the association requestor, usually the SCU), the server
/// accepts it. PS3.15 B.12: this may differ from the DICOM role played over the connection.</summary>
public enum DicomTlsRole
{
    Client,
    Server,
}
