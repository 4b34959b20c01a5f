using System.Text.Json.Nodes;
using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Tests.Support;
using ConformanceHarness.Fhir.Validation;

namespace ConformanceHarness.Fhir.Tests.Validation.Slicing;

/// <summary>The core profiles with slices (vital signs, lipid profile) against the official examples written for them.</summary>
public sealed class CoreProfileSlicingTests
{
    private const string Core = "http://hl7.org/fhir/StructureDefinition/";

    [Theory]
    [InlineData("Observation-blood-pressure.json", "bp")]
    [InlineData("Observation-bmi.json", "bmi")]
    [InlineData("Observation-body-height.json", "bodyheight")]
    [InlineData("Observation-body-temperature.json", "bodytemp")]
    [InlineData("Observation-head-circumference.json", "headcircum")]
    [InlineData("Observation-heart-rate.json", "heartrate")]
    [InlineData("Observation-respiratory-rate.json", "resprate")]
    [InlineData("Observation-satO2.json", "oxygensat")]
    [InlineData("Observation-vitals-panel.json", "vitalspanel")]
    public void Validate_VitalSignsExampleAgainstItsProfile_FindsNoSlicingProblem(string file, string profile)
    {
        var report = FhirValidator.Core.Validate(Example(file), profiles: [Core + profile]);

        Assert.DoesNotContain(report.Findings, f => SlicingFindings.IsSlicingOrContext(f) && f.Severity >= FindingSeverity.Warning);
    }

    [Fact]
    public void Validate_BloodPressureWithoutDiastolic_IsASliceCardinalityError()
    {
        var json = JsonNode.Parse(Example("Observation-blood-pressure.json"))!;
        json["component"]!.AsArray().RemoveAt(1);

        var report = FhirValidator.Core.Validate(json.ToJsonString(), profiles: [Core + "bp"]);

        var errors = report.Findings.Where(f => f.IsError).Select(f => (f.Severity, f.Code, f.Location, f.ElementId)).ToList();
        Assert.Equal([(FindingSeverity.Error, "required", "Observation.component", "Observation.component"),
            (FindingSeverity.Error, "required", "Observation.component", "Observation.component:DiastolicBP")], errors);
    }

    [Fact]
    public void Validate_LipidsBundleWithProfiles_ResolvesEachResultToItsSlice()
    {
        var report = FhirValidator.Core.Validate(LipidsBundle(_ => { }));

        Assert.DoesNotContain(report.Findings, f => SlicingFindings.IsSlicingOrContext(f) && f.Severity >= FindingSeverity.Warning);
    }

    [Fact]
    public void Validate_LipidsResultsOutOfOrder_IsAnOrderedError()
    {
        var report = FhirValidator.Core.Validate(LipidsBundle(results => (results[0], results[1]) = (results[1]!.DeepClone(), results[0]!.DeepClone())));

        var finding = Assert.Single(report.Findings, f => f.RuleId == "slicing-ordered");
        Assert.Equal((FindingSeverity.Error, "structure", "Bundle.entry[0].resource.result[1]"), (finding.Severity, finding.Code, finding.Location));
    }

    [Fact]
    public void Validate_LipidsWithoutHdl_IsASliceCardinalityError()
    {
        var report = FhirValidator.Core.Validate(LipidsBundle(results => results.RemoveAt(2)));

        // HL7's lipid report does not claim the lipidprofile profile, and its code is not the one the profile fixes
        // (a fixed-value error, beside the point here): only the slice cardinality is asserted.
        var finding = Assert.Single(report.Findings, f => f.IsError && f.RuleId == "cardinality");
        Assert.Equal((FindingSeverity.Error, "required", "Bundle.entry[0].resource.result", "DiagnosticReport.result:HDLCholesterol", "cardinality"),
            (finding.Severity, finding.Code, finding.Location, finding.ElementId, finding.RuleId));
    }

    /// <summary>Bundle-lipids with each entry declaring the profile written for it, its report's results changed by <paramref name="change"/>.</summary>
    private static string LipidsBundle(Action<JsonArray> change)
    {
        var bundle = JsonNode.Parse(Example("Bundle-lipids.json"))!;
        string[] profiles = ["lipidprofile", "cholesterol", "triglyceride", "hdlcholesterol", "ldlcholesterol"];
        var entries = bundle["entry"]!.AsArray();
        for (var i = 0; i < entries.Count; i++)
            entries[i]!["resource"]!["meta"] = new JsonObject { ["profile"] = new JsonArray(Core + profiles[i]) };
        change(entries[0]!["resource"]!["result"]!.AsArray());
        return bundle.ToJsonString();
    }

    private static string Example(string file) => File.ReadAllText(Path.Combine(OfficialR4Examples.Require(), file));
}
