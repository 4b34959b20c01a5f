namespace ConformanceHarness.Dicom.Network.Tests.Peers;

/// <summary>Tests that start real servers (storescp, Orthanc) or listen on ports run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PeersCollection
{
    public const string Name = "Peers";
}
