using System.Text.Json.Nodes;
using ConformanceHarness.Fhir.Definitions.Repairs;
using static ConformanceHarness.Fhir.Tests.Definitions.SyntheticDefinitions;

namespace ConformanceHarness.Fhir.Tests.Definitions;

public sealed class CoreDefinitionRepairsTests
{
    private const string Core = "http://hl7.org/fhir/StructureDefinition/";

    [Fact]
    public void Repair_OwnSnapshotElementAbsentFromDifferential_IsRemovedWithItsChildren()
    {
        var meta = Specialization("Meta",
            [Element("Meta", "Meta"), Element("Meta.versionId")],
            [Element("Meta", "Meta"), Element("Meta.id", "Element.id"), Element("Meta.versionId"), Element("Meta.project"), Element("Meta.project.id", "Element.id")]);

        var repairs = CoreDefinitionRepairs.Repair(meta);

        Assert.Equal(["Meta", "Meta.id", "Meta.versionId"], Paths(meta, "snapshot"));
        Assert.Equal(["Meta.project", "Meta.project.id"], repairs.Select(r => r.ElementPath));
        Assert.All(repairs, r => Assert.Equal((Core + "Meta", "snapshot"), (r.Definition, r.Part)));
    }

    [Fact]
    public void Repair_TargetProfileOutsideTheCore_IsRemovedFromBothViews()
    {
        var who = $"Reference>{Core}Practitioner,https://medplum.com/fhir/StructureDefinition/Bot";
        var audit = Specialization("AuditEvent",
            [Element("AuditEvent", "AuditEvent"), Element("AuditEvent.who", null, who)],
            [Element("AuditEvent", "AuditEvent"), Element("AuditEvent.who", null, who)]);

        var repairs = CoreDefinitionRepairs.Repair(audit);

        foreach (var part in new[] { "differential", "snapshot" })
            Assert.Equal($"[\"{Core}Practitioner\"]", Find(audit, part, "AuditEvent.who")["type"]![0]!["targetProfile"]!.ToJsonString());
        Assert.Equal(["differential", "snapshot"], repairs.Select(r => r.Part));
        Assert.Contains("https://medplum.com/fhir/StructureDefinition/Bot", repairs[0].Change);
    }

    [Fact]
    public void Repair_SnapshotTypeNarrowerThanDifferential_TakesTheDifferentialsTypes()
    {
        var bundle = Specialization("Bundle",
            [Element("Bundle", "Bundle"), Element("Bundle.outcome", null, "Resource")],
            [Element("Bundle", "Bundle"), Element("Bundle.outcome", null, "OperationOutcome")]);

        var repairs = CoreDefinitionRepairs.Repair(bundle);

        Assert.Equal("Resource", (string?)Find(bundle, "snapshot", "Bundle.outcome")["type"]![0]!["code"]);
        Assert.Equal("type reset from [OperationOutcome] to the differential's [Resource]", Assert.Single(repairs).Change);
    }

    [Fact]
    public void Repair_ExtraTargetOnlyInSnapshot_IsReset()
    {
        var report = Specialization("MeasureReport",
            [Element("MeasureReport", "MeasureReport"), Element("MeasureReport.subject", null, $"Reference>{Core}Patient")],
            [Element("MeasureReport", "MeasureReport"), Element("MeasureReport.subject", null, $"Reference>{Core}Patient,{Core}CareTeam")]);

        CoreDefinitionRepairs.Repair(report);

        Assert.Equal($"[\"{Core}Patient\"]", Find(report, "snapshot", "MeasureReport.subject")["type"]![0]!["targetProfile"]!.ToJsonString());
    }

    [Fact]
    public void Repair_DifferentialElementMissingFromSnapshot_IsRestoredInPlaceWithBaseAndEle1()
    {
        var characteristic = Element("EV.characteristic");
        characteristic["constraint"] = new JsonArray(Ele1());
        var variable = Specialization("EV",
            [Element("EV", "EV"), Element("EV.characteristic"), Element("EV.characteristic.description"), Element("EV.characteristic.definition[x]", "", "Reference"), Element("EV.characteristic.exclude")],
            [Element("EV", "EV"), characteristic, Element("EV.characteristic.id", "Element.id"), Element("EV.characteristic.description"), Element("EV.characteristic.linkId"), Element("EV.characteristic.exclude")]);

        var repairs = CoreDefinitionRepairs.Repair(variable);

        Assert.Equal(["EV", "EV.characteristic", "EV.characteristic.id", "EV.characteristic.description", "EV.characteristic.definition[x]", "EV.characteristic.exclude"],
            Paths(variable, "snapshot"));
        var restored = Find(variable, "snapshot", "EV.characteristic.definition[x]");
        Assert.Equal("EV.characteristic.definition[x]", (string?)restored["base"]!["path"]);
        Assert.Equal("ele-1", (string?)restored["constraint"]![0]!["key"]);
        Assert.Equal(["EV.characteristic.linkId", "EV.characteristic.definition[x]"], repairs.Select(r => r.ElementPath));
    }

    [Fact]
    public void Repair_KnownAddition_IsRemovedFromDifferentialAndSnapshot()
    {
        var study = Specialization("ResearchStudy",
            [Element("ResearchStudy", "ResearchStudy"), Element("ResearchStudy.title"), Element("ResearchStudy.studyDesign")],
            [Element("ResearchStudy", "ResearchStudy"), Element("ResearchStudy.title"), Element("ResearchStudy.studyDesign")]);

        var repairs = CoreDefinitionRepairs.Repair(study);

        Assert.Equal(["ResearchStudy", "ResearchStudy.title"], Paths(study, "differential"));
        Assert.Equal(["ResearchStudy", "ResearchStudy.title"], Paths(study, "snapshot"));
        Assert.Equal(2, repairs.Count);
    }

    [Fact]
    public void Repair_ConsistentSpecialization_ChangesNothing()
    {
        var primitive = Element("code.value", null, "http://hl7.org/fhirpath/System.String");
        var patient = Specialization("Patient",
            [Element("Patient", "Patient"), Element("Patient.gender", null, "code"), primitive.DeepClone().AsObject()],
            [Element("Patient", "Patient"), Element("Patient.id", "Resource.id", "id"), Element("Patient.gender", null, "code"), primitive]);
        primitive["type"]![0]!["extension"] = new JsonArray(new JsonObject { ["url"] = "fhir-type", ["valueUrl"] = "string" });
        var before = patient.ToJsonString();

        var repairs = CoreDefinitionRepairs.Repair(patient);

        Assert.Empty(repairs);
        Assert.Equal(before, patient.ToJsonString());
    }

    [Fact]
    public void Repair_ConstraintProfile_KeepsElementsNotInItsDifferential()
    {
        var profile = Specialization("Observation", [Element("Observation", "Observation")],
            [Element("Observation", "Observation"), Element("Observation.status")]);
        profile["derivation"] = "constraint";

        Assert.Empty(CoreDefinitionRepairs.Repair(profile));
        Assert.Equal(["Observation", "Observation.status"], Paths(profile, "snapshot"));
    }
}
