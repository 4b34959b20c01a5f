namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>Words for <see cref="DicomTlsRole"/>.</summary>
public static class DicomTlsRoles
{
    public static string Describe(this DicomTlsRole role) => role == DicomTlsRole.Client ? "TLS client" : "TLS server";
}
