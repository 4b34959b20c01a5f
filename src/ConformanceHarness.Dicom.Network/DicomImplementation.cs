namespace ConformanceHarness.Dicom.Network;

/// <summary>This implementation's identity on the wire (PS3.7 D.3.3.2, D.3.3.3).</summary>
public static class DicomImplementation
{
    /// <summary>A UUID-derived UID (PS3.5 B.2) generated once for ConformanceHarness.</summary>
    public const string ClassUid = "2.25.235798667693037121932932748543527109416";

    /// <summary>Implementation Version Name: 1–16 characters of the default repertoire.</summary>
    public const string VersionName = "CONFHARNESS_01";

    /// <summary>The DICOM Application Context Name, PS3.7 Annex A.2.1.</summary>
    public const string ApplicationContextName = "1.2.840.10008.3.1.1.1";
}
