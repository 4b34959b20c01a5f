using System.Text.Json.Nodes;
using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Packages;
using ConformanceHarness.Fhir.Tests.Packages;
using ConformanceHarness.Fhir.Validation;

namespace ConformanceHarness.Fhir.Tests.Validation.ImagingReport;

public sealed class ImagingReportProfileTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly FhirDefinitionSet _definitions;
    private readonly FhirValidator _validator;

    public ImagingReportProfileTests()
    {
        var folder = TestPack.Write(_temp.Combine("pack"), "test.imaging", "0.1.0", ["hl7.fhir.r4.core#4.0.1"], ImagingReportPack.Resources());
        _definitions = FhirDefinitionSet.Load([Path.GetDirectoryName(folder)!], new PackageLoadOptions([_temp.Combine("cache")]));
        _validator = new FhirValidator(new ValidatorServices(_definitions));
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(ImagingReportPack.Profile)]
    [InlineData(ImagingReportPack.AddendumOf)]
    public async Task GetSnapshot_TestProfiles_GenerateWithNoFindings(string canonical)
    {
        var snapshot = await _definitions.GetSnapshotAsync(canonical);

        Assert.NotNull(snapshot.Definition);
        Assert.Empty(snapshot.Findings);
    }

    [Fact]
    public void Validate_ConformingReport_HasNoIssues() => FindingAssert.NoIssues(Validate(ImagingReportPack.ValidReport()));

    [Fact]
    public void Validate_AccessionSliceMissing_IsASliceCardinalityError()
    {
        var report = ImagingReportPack.ValidReport();
        report["identifier"]!.AsArray().RemoveAt(0);

        FindingAssert.SingleIssue(Validate(report), FindingSeverity.Error, "required", "DiagnosticReport.identifier");
    }

    [Fact]
    public void Validate_AccessionWithoutSystem_IsAnErrorInsideTheSlice()
    {
        var report = ImagingReportPack.ValidReport();
        report["identifier"]![0]!.AsObject().Remove("system");

        FindingAssert.SingleIssue(Validate(report), FindingSeverity.Error, "required", "DiagnosticReport.identifier[0].system", RuleIds.Cardinality);
    }

    [Fact]
    public void Validate_StatusOtherThanFixed_IsAValueError()
    {
        var report = ImagingReportPack.ValidReport();
        report["status"] = "preliminary";

        FindingAssert.SingleIssue(Validate(report), FindingSeverity.Error, "value", "DiagnosticReport.status");
    }

    [Fact]
    public void Validate_CategoryOutsideTheLocalValueSet_IsACodeInvalidError()
    {
        var report = ImagingReportPack.ValidReport();
        report["category"]![0]!["coding"]![0]!["code"] = "laboratory";

        FindingAssert.SingleIssue(Validate(report), FindingSeverity.Error, "code-invalid", "DiagnosticReport.category[0]");
    }

    [Fact]
    public void Validate_FinalWithoutConclusion_BreaksTheInvariant()
    {
        var report = ImagingReportPack.ValidReport();
        report.Remove("conclusion");

        FindingAssert.SingleIssue(Validate(report), FindingSeverity.Error, "invariant", "DiagnosticReport", "tir-1");
    }

    [Fact]
    public void Validate_ExtensionWithWrongValueType_IsATypeError()
    {
        var report = ImagingReportPack.ValidReport();
        report["extension"]![0] = JsonNode.Parse($$"""{"url":"{{ImagingReportPack.AddendumOf}}","valueString":"original"}""");

        FindingAssert.SingleIssue(Validate(report), FindingSeverity.Error, "structure", "DiagnosticReport.extension[0].value", RuleIds.ChoiceType);
    }

    private ValidationReport Validate(JsonObject report) => _validator.Validate(report.ToJsonString());
}
