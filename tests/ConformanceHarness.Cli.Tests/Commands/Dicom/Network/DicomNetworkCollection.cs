namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

/// <summary>The tests that open sockets on 127.0.0.1 run one at a time (ephemeral ports, but a shared 2-core machine).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DicomNetworkCollection
{
    public const string Name = "DICOM network";
}
