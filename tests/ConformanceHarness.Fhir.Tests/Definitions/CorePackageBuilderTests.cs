using System.Text.Json.Nodes;
using ConformanceHarness.Fhir.Definitions;

namespace ConformanceHarness.Fhir.Tests.Definitions;

public sealed class CorePackageBuilderTests(MedplumBuildFixture fixture) : IClassFixture<MedplumBuildFixture>
{
    private const string Core = "http://hl7.org/fhir/StructureDefinition/";

    [Fact]
    public void Build_MedplumBundles_RepairsExactlyTheDefinitionsMedplumChanged()
    {
        // Element sets: the list measured in fhir-definitions-and-fsh.md §2. Values and additions: what comparing
        // Medplum's bundles with HL7's hl7.fhir.r4.examples#4.0.1 showed (constraints app-4, bdl-8, ras-2, tim-9
        // rewritten; DetectedIssue.status bound to a value set of Medplum's; R5 values in EvidenceVariable and
        // ResearchStudy; a code added to questionnaire-item-control, four dropped from v2-0550; six resources added).
        string[] changed = ["Appointment", "AuditEvent", "Binary", "Bundle", "DetectedIssue", "DeviceDefinition", "EvidenceVariable",
            "HealthcareService", "MeasureReport", "Meta", "ObservationDefinition", "ResearchStudy", "RiskAssessment", "SubscriptionStatus", "Timing"];
        string[] other = ["http://hl7.org/fhir/detectedissue-status", "http://hl7.org/fhir/SearchParameter/DetectedIssue-status",
            "http://hl7.org/fhir/SearchParameter/DeviceDefinition-classification", "http://hl7.org/fhir/SearchParameter/ServiceRequest-order-detail",
            "http://hl7.org/fhir/ValueSet/detectedissue-status", "http://hl7.org/fhir/questionnaire-item-control",
            "http://terminology.hl7.org/CodeSystem/v2-0550"];

        var repaired = fixture.Build.Repairs.Select(r => r.Definition).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(changed.Select(c => Core + c).Concat(other).Order(StringComparer.Ordinal), repaired);
        Assert.Equal(4474, fixture.Build.ResourceCount);
    }

    [Fact]
    public void Build_Meta_HasOnlyTheR4Elements()
    {
        Assert.Equal(["Meta", "Meta.id", "Meta.extension", "Meta.versionId", "Meta.lastUpdated", "Meta.source", "Meta.profile", "Meta.security", "Meta.tag"],
            SnapshotPaths("Meta"));
    }

    [Fact]
    public void Build_ResearchStudy_LosesR5ElementsAndExtraSiteTargets()
    {
        var study = Definition("ResearchStudy");
        var paths = Paths(study, "snapshot");

        Assert.DoesNotContain(paths, p => p is "ResearchStudy.studyDesign" or "ResearchStudy.name" or "ResearchStudy.label" or "ResearchStudy.recruitment" or "ResearchStudy.result");
        Assert.DoesNotContain("ResearchStudy.studyDesign", Paths(study, "differential"));
        Assert.Equal($"[\"{Core}Location\"]", TargetProfiles(study, "ResearchStudy.site"));
    }

    [Fact]
    public void Build_EvidenceVariable_HasTheR4CharacteristicBack()
    {
        var characteristic = SnapshotPaths("EvidenceVariable").Where(p => p.StartsWith("EvidenceVariable.characteristic.", StringComparison.Ordinal));

        Assert.Equal(["EvidenceVariable.characteristic.id", "EvidenceVariable.characteristic.extension", "EvidenceVariable.characteristic.modifierExtension",
            "EvidenceVariable.characteristic.description", "EvidenceVariable.characteristic.definition[x]", "EvidenceVariable.characteristic.usageContext",
            "EvidenceVariable.characteristic.exclude", "EvidenceVariable.characteristic.participantEffective[x]",
            "EvidenceVariable.characteristic.timeFromStart", "EvidenceVariable.characteristic.groupMeasure"], characteristic);
    }

    [Fact]
    public void Build_BundleAndAuditEvent_TypesAreR4s()
    {
        var bundle = Definition("Bundle");
        var audit = Definition("AuditEvent");

        Assert.Equal("Resource", (string?)Element(bundle, "snapshot", "Bundle.entry.response.outcome")["type"]![0]!["code"]);
        Assert.DoesNotContain("medplum", audit.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain($"{Core}Subscription", TargetProfiles(audit, "AuditEvent.source.observer"));
    }

    [Fact]
    public void Build_Twice_WritesTheSameBytes()
    {
        var first = MedplumBuildFixture.ContentHash(fixture.Build.PackageFolder);

        var second = MedplumBuildFixture.ContentHash(fixture.BuildAgain());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Build_RepairLog_ListsEveryRepairInThePackage()
    {
        var log = File.ReadAllLines(Path.Combine(fixture.Build.PackageFolder, CorePackageBuilder.RepairLogFile));

        Assert.Equal(fixture.Build.Repairs.Select(r => r.ToString()), log);
        Assert.Contains($"{Core}Meta snapshot Meta.project: removed (not in the differential of this core specialization)", log);
    }

    private JsonObject Definition(string id) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(fixture.Build.PackageFolder, $"StructureDefinition-{id}.json")))!.AsObject();

    private IReadOnlyList<string> SnapshotPaths(string id) => Paths(Definition(id), "snapshot");

    private static IReadOnlyList<string> Paths(JsonObject definition, string part) => SyntheticDefinitions.Paths(definition, part);

    private static JsonObject Element(JsonObject definition, string part, string path) => SyntheticDefinitions.Find(definition, part, path);

    private static string TargetProfiles(JsonObject definition, string path) =>
        Element(definition, "snapshot", path)["type"]![0]!["targetProfile"]!.ToJsonString();
}
