using ConformanceHarness.Fixtures.Fhir;

namespace ConformanceHarness.Fixtures.Tests.Fhir;

public sealed class DeterminismTests
{
    [Fact]
    public void Artifacts_SameSeed_ByteIdenticalJson()
    {
        var first = SyntheticFhir.Artifacts(GeneratedFhir.Report("MR", ReportStatus.Amended, seed: 77));
        var second = SyntheticFhir.Artifacts(GeneratedFhir.Report("MR", ReportStatus.Amended, seed: 77));

        Assert.Equal(first.Fhir.Select(d => d.Json), second.Fhir.Select(d => d.Json));
    }

    [Fact]
    public void Artifacts_DifferentSeed_DifferentJson()
    {
        var first = SyntheticFhir.Artifacts(GeneratedFhir.Report("MR", ReportStatus.Final, seed: 77));
        var second = SyntheticFhir.Artifacts(GeneratedFhir.Report("MR", ReportStatus.Final, seed: 78));

        Assert.All(first.Fhir.Zip(second.Fhir), pair => Assert.NotEqual(pair.First.Json, pair.Second.Json));
    }
}
