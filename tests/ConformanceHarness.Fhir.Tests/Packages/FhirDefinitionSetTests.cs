using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Packages;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;

namespace ConformanceHarness.Fhir.Tests.Packages;

public sealed class FhirDefinitionSetTests : IDisposable
{
    private const string Profiles = TestPack.Canonical + "/StructureDefinition/";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private FhirDefinitionSet LoadPack(params System.Text.Json.Nodes.JsonObject[] resources) =>
        FhirDefinitionSet.Load([Path.GetDirectoryName(TestPack.Write(_temp.Combine("pack"), "test.pack", "0.1.0", ["hl7.fhir.r4.core#4.0.1"], resources))!],
            new PackageLoadOptions([_temp.Combine("cache")]));

    [Fact]
    public async System.Threading.Tasks.Task GetSnapshotAsync_DifferentialOnlyProfile_GeneratesASnapshotWithIdsAndNoFindings()
    {
        var set = LoadPack(TestPack.Profile("report", "DiagnosticReport", null, ("DiagnosticReport", ""), ("DiagnosticReport.status", "\"fixedCode\":\"final\"")));

        var (definition, findings) = await set.GetSnapshotAsync(Profiles + "report");

        Assert.Empty(findings);
        var status = Assert.Single(definition!.Snapshot!.Element, e => e.Path == "DiagnosticReport.status");
        Assert.Equal(("DiagnosticReport.status", "final"), (status.ElementId, (status.Fixed as Code)?.Value));
        Assert.Contains(definition.Snapshot.Element, e => e.ElementId == "DiagnosticReport.subject");
    }

    [Fact]
    public async System.Threading.Tasks.Task GetSnapshotAsync_SameCanonicalTwice_IsGeneratedOnce()
    {
        var set = LoadPack(TestPack.Profile("report", "DiagnosticReport", null, ("DiagnosticReport", "")));

        var first = await set.GetSnapshotAsync(Profiles + "report");
        var second = await set.GetSnapshotAsync(Profiles + "report");

        Assert.Same(first.Definition, second.Definition);
    }

    [Fact]
    public async System.Threading.Tasks.Task GetSnapshotAsync_UnknownPath_IsAnErrorFindingNotACrash()
    {
        var set = LoadPack(TestPack.Profile("broken", "DiagnosticReport", null, ("DiagnosticReport", ""), ("DiagnosticReport.notAnElement", "\"min\":1")));

        var (_, findings) = await set.GetSnapshotAsync(Profiles + "broken");

        var finding = Assert.Single(findings);
        Assert.Equal((FindingSeverity.Error, "structure", "StructureDefinition.differential.element[1]", "DiagnosticReport.notAnElement"),
            (finding.Severity, finding.Code, finding.Location, finding.ElementId));
        Assert.Equal("differential element DiagnosticReport.notAnElement matches no element of DiagnosticReport in the base http://hl7.org/fhir/StructureDefinition/DiagnosticReport",
            finding.Message);
        Assert.Equal(Profiles + "broken", finding.Profile);
    }

    [Fact]
    public async System.Threading.Tasks.Task GetSnapshotAsync_ChoiceTypeRenamedPath_IsCovered()
    {
        var set = LoadPack(TestPack.Profile("obs", "Observation", null, ("Observation", ""), ("Observation.valueQuantity", "\"min\":1")));

        var (definition, findings) = await set.GetSnapshotAsync(Profiles + "obs");

        Assert.Empty(findings);
        Assert.Equal(1, definition!.Snapshot!.Element.Single(e => e.ElementId == "Observation.value[x]:valueQuantity").Min);
    }

    [Fact]
    public async System.Threading.Tasks.Task GetSnapshotAsync_UnknownBase_IsAnErrorFindingNamingIt()
    {
        var set = LoadPack(TestPack.Profile("orphan", "DiagnosticReport", Profiles + "NoSuchBase", ("DiagnosticReport", "")));

        var (_, findings) = await set.GetSnapshotAsync(Profiles + "orphan");

        Assert.Contains(findings, f => f.IsError && f.Message.Contains(Profiles + "NoSuchBase", StringComparison.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task GetSnapshotAsync_UnknownCanonical_IsNotFound()
    {
        var set = LoadPack();

        var (definition, findings) = await set.GetSnapshotAsync(Profiles + "absent");

        Assert.Null(definition);
        var finding = Assert.Single(findings);
        Assert.Equal((FindingSeverity.Error, "not-found"), (finding.Severity, finding.Code));
        Assert.Equal($"no StructureDefinition {Profiles}absent in test.pack#0.1.0, hl7.fhir.r4.core#4.0.1", finding.Message);
    }

    [Fact]
    public async System.Threading.Tasks.Task Resolver_PackThenCore_WithVersionsAndSnapshots()
    {
        var set = LoadPack(TestPack.Profile("report", "DiagnosticReport", null, ("DiagnosticReport", "")));

        var profile = await set.Resolver.FindStructureDefinitionAsync(Profiles + "report|0.1.0");
        var otherVersion = await set.Resolver.FindStructureDefinitionAsync(Profiles + "report|9.9.9");
        var core = await set.Resolver.FindStructureDefinitionAsync("http://hl7.org/fhir/StructureDefinition/Patient|4.0.1");

        Assert.NotEmpty(profile!.Snapshot!.Element);
        Assert.Null(otherVersion);
        Assert.Equal("Patient", core!.Type);
    }

    [Fact]
    public async System.Threading.Tasks.Task GetSnapshotAsync_ProfileReadWithProblems_WarnsAndStillGenerates()
    {
        var profile = TestPack.Profile("odd", "DiagnosticReport", null, ("DiagnosticReport", ""));
        profile["experimental"] = "perhaps";
        var set = LoadPack(profile);

        var (definition, findings) = await set.GetSnapshotAsync(Profiles + "odd");

        var finding = Assert.Single(findings);
        Assert.Equal((FindingSeverity.Warning, "structure"), (finding.Severity, finding.Code));
        Assert.StartsWith($"StructureDefinition {Profiles}odd was read with problems: StructureDefinition-odd.json: ", finding.Message);
        Assert.NotEmpty(definition!.Snapshot!.Element);
    }
}
