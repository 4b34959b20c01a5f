namespace ConformanceHarness.Dicom.Network;

/// <summary>This implementation's identity on the wire (PS3.7 D.3.3.2, D.3.3.3).</summary>
public static class DicomImplementation
{
    /// <summary>The same Implementation Class UID the harness writes into Part 10 files.</summary>
    public const string ClassUid = DicomFileMetaInformation.ImplementationClassUid;

    /// <summary>Implementation Version Name: 1–16 characters of the default repertoire.</summary>
    public const string VersionName = DicomFileMetaInformation.ImplementationVersionName;

    /// <summary>The DICOM Application Context Name, PS3.7 Annex A.2.1.</summary>
    public const string ApplicationContextName = "1.2.840.10008.3.1.1.1";
}
