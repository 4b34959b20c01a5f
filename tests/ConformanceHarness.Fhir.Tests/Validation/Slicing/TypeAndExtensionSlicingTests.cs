using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using static ConformanceHarness.Fhir.Tests.Validation.Slicing.SlicingPack;

namespace ConformanceHarness.Fhir.Tests.Validation.Slicing;

public sealed class TypeAndExtensionSlicingTests(SlicingFixture fixture) : IClassFixture<SlicingFixture>
{
    private const string Observation = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},";
    private const string Flag = $"{{\"url\":\"{Url}report-flag\",\"valueBoolean\":true}}";

    private List<Finding> Findings(string resource, string? profile = null) =>
        [.. fixture.Pack.Validator.Validate(resource, profiles: profile is null ? null : [Url + profile]).Findings];

    [Fact]
    public void Validate_ValueOfTheSlicedType_IsValid()
    {
        Assert.DoesNotContain(Findings(Observation + "\"valueQuantity\":{\"value\":1}}", "observation-type"), f => f.IsError);
    }

    [Fact]
    public void Validate_ValueOfAnotherTypeInAClosedTypeSlicing_IsAClosedError()
    {
        var finding = Assert.Single(Findings(Observation + "\"valueString\":\"high\"}", "observation-type"), f => f.IsError);

        Assert.Equal((FindingSeverity.Error, "structure", "Observation.value", "slicing-closed"), (finding.Severity, finding.Code, finding.Location, finding.RuleId));
    }

    [Fact]
    public void Validate_ExtensionSliceByUrl_IsValidInItsContext()
    {
        Assert.DoesNotContain(Findings(ReportWith(Flag), "report-extension"), f => f.IsError);
    }

    [Fact]
    public void Validate_MissingExtensionSlice_IsACardinalityError()
    {
        var finding = Assert.Single(Findings(ReportWith($"{{\"url\":\"{Url}other\",\"valueBoolean\":true}}"), "report-extension"), f => f.IsError);

        Assert.Equal((FindingSeverity.Error, "required", "DiagnosticReport.extension", "DiagnosticReport.extension:flag"), (finding.Severity, finding.Code, finding.Location, finding.ElementId));
        Assert.Equal("expected 1..1, found 0 for slice 'flag' of DiagnosticReport.extension", finding.Message);
    }

    [Fact]
    public void Validate_ExtensionSliceWithAWrongValue_IsAnErrorFromTheExtensionDefinition()
    {
        var findings = Findings(ReportWith($"{{\"url\":\"{Url}report-flag\",\"valueString\":\"yes\"}}"), "report-extension");

        Assert.Contains(findings, f => f.IsError && f.Location.StartsWith("DiagnosticReport.extension[0]", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.RuleId == "cardinality" && f.ElementId == "DiagnosticReport.extension:flag");
    }

    [Fact]
    public void Validate_ExtensionOutsideItsContext_IsAnExtensionContextError()
    {
        var finding = Assert.Single(Findings($"{{\"resourceType\":\"Patient\",\"extension\":[{Flag}]}}"), f => f.IsError);

        Assert.Equal((FindingSeverity.Error, "structure", "Patient.extension[0]", "extension-context", Url + "report-flag"),
            (finding.Severity, finding.Code, finding.Location, finding.RuleId, finding.Profile));
        Assert.Equal($"extension {Url}report-flag is not allowed on Patient (Patient); its definition allows it on DiagnosticReport", finding.Message);
    }

    [Fact]
    public void Validate_ExtensionOnAChildOfItsContext_IsAnExtensionContextError()
    {
        var report = $"{{\"resourceType\":\"DiagnosticReport\",\"status\":\"final\",\"code\":{{\"text\":\"x\",\"extension\":[{Flag}]}}}}";

        var finding = Assert.Single(Findings(report), f => f.IsError);

        Assert.Equal(("DiagnosticReport.code.extension[0]", "extension-context"), (finding.Location, finding.RuleId));
    }

    /// <summary>The context check climbs the tree's parents: the SDK's POCO nodes and, for any other tree, a ScopedNode.</summary>
    [Fact]
    public void Validate_ExtensionOnAChildOfItsContext_IsTheSameFindingFromTextPocoAndASourceTree()
    {
        var report = $"{{\"resourceType\":\"DiagnosticReport\",\"status\":\"final\",\"code\":{{\"text\":\"x\",\"extension\":[{Flag}]}}}}";
        var poco = new FhirJsonDeserializer().DeserializeResource(report);
        var sourceTree = FhirJsonNode.Parse(report).ToTypedElement(ModelInfo.ModelInspector);

        var fromText = fixture.Pack.Validator.Validate(report).Findings.Single(f => f.IsError);
        var fromPoco = fixture.Pack.Validator.Validate(poco).Findings.Single(f => f.IsError);
        var fromSource = fixture.Pack.Validator.Validate(sourceTree).Findings.Single(f => f.IsError);

        Assert.Equal(("DiagnosticReport.code.extension[0]", "extension-context"), (fromText.Location, fromText.RuleId));
        Assert.Equal(fromText with { Position = null }, fromPoco);
        Assert.Equal(fromPoco, fromSource);
    }

    [Fact]
    public void Validate_ExtensionInItsContextWithoutAProfile_IsValid()
    {
        Assert.DoesNotContain(Findings(ReportWith(Flag)), f => f.IsError);
    }

    private static string ReportWith(string extension) =>
        $"{{\"resourceType\":\"DiagnosticReport\",\"extension\":[{extension}],\"status\":\"final\",\"code\":{{\"text\":\"x\"}}}}";
}
