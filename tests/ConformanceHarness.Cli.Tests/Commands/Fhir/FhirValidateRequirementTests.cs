using System.Text.Json;
using ConformanceHarness.Cli.Tests.Commands.Dicom;

namespace ConformanceHarness.Cli.Tests.Commands.Fhir;

/// <summary>Findings print the requirement they cite, from the pack's catalogue or one given with --requirements.</summary>
public sealed class FhirValidateRequirementTests : IDisposable
{
    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static string ErrorLine(string stdout) => Assert.Single(stdout.Split('\n'), line => line.StartsWith("  error", StringComparison.Ordinal));

    [Fact]
    public async Task Validate_PackWithCatalogue_PrintsTheRequirementIdLevelAndProvenance()
    {
        var pack = FhirResources.WritePackWithCatalogue(_workspace, "pack");
        var file = _workspace.Write("patient.json", FhirResources.ValidPatient);

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", file, "--pack", pack, "--profile", FhirResources.ProfileUrl]);

        Assert.Equal((1, ""), (run.ExitCode, run.Stderr));
        Assert.EndsWith("[cardinality] CLI-PAT-1 (SHALL, INF)", ErrorLine(run.Stdout));
    }

    [Fact]
    public async Task Validate_CatalogueGivenForAPackWithout_CitesItToo()
    {
        var pack = FhirResources.WritePack(_workspace, "pack");
        var catalogue = _workspace.Write("requirements.json", FhirResources.Catalogue);
        var file = _workspace.Write("patient.json", FhirResources.ValidPatient);

        var without = await HarnessInvocation.RunAsync(["fhir", "validate", file, "--pack", pack, "--profile", FhirResources.ProfileUrl]);
        var with = await HarnessInvocation.RunAsync(["fhir", "validate", file, "--pack", pack, "--profile", FhirResources.ProfileUrl,
            "--requirements", catalogue, "--format", "json"]);

        Assert.EndsWith("[cardinality]", ErrorLine(without.Stdout));
        var finding = JsonDocument.Parse(with.Stdout).RootElement[0].GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("severity").GetString() == "error");
        var requirement = finding.GetProperty("requirement");
        Assert.Equal(("CLI-PAT-1", "SHALL", "INF", "https://example.org/guide"), (requirement.GetProperty("id").GetString(),
            requirement.GetProperty("level").GetString(), requirement.GetProperty("provenance").GetString(), requirement.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Validate_BrokenCatalogue_ExitsTwoNamingTheEntryAndField()
    {
        var pack = FhirResources.WritePack(_workspace, "pack");
        var catalogue = _workspace.Write("requirements.json", FhirResources.Catalogue.Replace("\"SHALL\"", "\"MUST\"", StringComparison.Ordinal));
        var file = _workspace.Write("patient.json", FhirResources.ValidPatient);

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", file, "--pack", pack, "--requirements", catalogue]);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Equal($"harness: error: fhir validate: requirements {catalogue}: {catalogue}: requirements[0] (CLI-PAT-1): level 'MUST' is not one of SHALL, SHALL NOT, SHOULD, SHOULD NOT, MAY",
            run.Stderr.TrimEnd());
    }
}
