namespace ConformanceHarness.Dicom.Network.Tests.Tls;

/// <summary>Tests that open real sockets run one at a time (style §14), so time-outs measure the code, not a busy machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NetworkCollection
{
    public const string Name = "Network";
}
