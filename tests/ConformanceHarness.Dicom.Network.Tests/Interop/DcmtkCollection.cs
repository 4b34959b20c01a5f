namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>DCMTK clients against our SCP: one at a time, so the tools do not compete for the machine's cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DcmtkCollection
{
    public const string Name = "DCMTK interop";
}
