namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>The Source field of an A-ABORT.</summary>
/// <remarks>PS3.8 Table 9-26.</remarks>
public enum AAbortSource : byte
{
    /// <summary>DICOM UL service-user (initiated abort).</summary>
    ServiceUser = 0,

    /// <summary>Reserved.</summary>
    Reserved = 1,

    /// <summary>DICOM UL service-provider (initiated abort).</summary>
    ServiceProvider = 2,
}
