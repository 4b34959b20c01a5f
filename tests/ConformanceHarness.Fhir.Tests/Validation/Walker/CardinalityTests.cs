using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Tests.Packages;
using ConformanceHarness.Fhir.Validation;

namespace ConformanceHarness.Fhir.Tests.Validation.Walker;

public sealed class CardinalityTests : IDisposable
{
    private readonly PackValidator _pack = new(TestPack.Profile("patient", "Patient", null,
        ("Patient", ""), ("Patient.identifier", "\"min\":1"), ("Patient.name", "\"max\":\"1\""), ("Patient.birthDate", "\"mustSupport\":true")));

    public void Dispose() => _pack.Dispose();

    private const string Profile = PackValidator.Profiles + "patient";

    [Fact]
    public void Validate_RequiredCoreElementMissing_IsOneRequiredFinding()
    {
        var report = FhirValidator.Core.Validate("""{"resourceType":"Observation","code":{"text":"x"}}""");

        var finding = FindingAssert.SingleIssue(report, FindingSeverity.Error, "required", "Observation.status", RuleIds.Cardinality);
        Assert.Equal("expected 1..1, found 0 at Observation.status", finding.Message);
        Assert.Equal(("http://hl7.org/fhir/StructureDefinition/Observation", "Observation.status"), (finding.Profile, finding.ElementId));
    }

    [Fact]
    public void Validate_ProfileMinimumNotMet_NamesTheProfile()
    {
        var report = _pack.Validator.Validate("""{"resourceType":"Patient","birthDate":"1970-01-01"}""", profiles: [Profile]);

        var finding = FindingAssert.SingleIssue(report, FindingSeverity.Error, "required", "Patient.identifier", RuleIds.Cardinality);
        Assert.Equal("expected 1..*, found 0 at Patient.identifier", finding.Message);
        Assert.Equal(Profile, finding.Profile);
    }

    [Fact]
    public void Validate_ProfileMaximumExceeded_IsAStructureFinding()
    {
        var report = _pack.Validator.Validate("""
            {"resourceType":"Patient","identifier":[{"value":"1"}],"name":[{"family":"A"},{"family":"B"}],"birthDate":"1970-01-01"}
            """, profiles: [Profile]);

        var finding = FindingAssert.SingleIssue(report, FindingSeverity.Error, "structure", "Patient.name", RuleIds.Cardinality);
        Assert.Equal("expected 0..1, found 2 at Patient.name", finding.Message);
    }

    [Fact]
    public void Validate_MustSupportAbsent_IsInformationOnly()
    {
        var report = _pack.Validator.Validate("""{"resourceType":"Patient","identifier":[{"value":"1"}]}""", profiles: [Profile]);

        FindingAssert.NoIssues(report);
        var note = Assert.Single(report.Findings, f => f.RuleId == RuleIds.MustSupport);
        Assert.Equal((FindingSeverity.Information, "Patient.birthDate"), (note.Severity, note.Location));
    }

    [Fact]
    public void Validate_DeclaredProfile_IsAppliedWithoutAsking()
    {
        var report = _pack.Validator.Validate($$"""{"resourceType":"Patient","meta":{"profile":["{{Profile}}"]},"birthDate":"1970-01-01"}""");

        FindingAssert.SingleIssue(report, FindingSeverity.Error, "required", "Patient.identifier", RuleIds.Cardinality);
    }

    [Fact]
    public void Validate_DeclaredProfileUnknown_IsAWarningNotAnError()
    {
        var report = FhirValidator.Core.Validate("""{"resourceType":"Patient","meta":{"profile":["http://example.org/no-such-profile"]}}""");

        FindingAssert.SingleIssue(report, FindingSeverity.Warning, "not-found", "Patient", RuleIds.UnknownProfile);
    }

    [Fact]
    public void Validate_RequestedProfileUnknown_IsAnError()
    {
        var report = FhirValidator.Core.Validate("""{"resourceType":"Patient"}""", profiles: ["http://example.org/no-such-profile"]);

        Assert.Contains(report.Findings, f => f is { Severity: FindingSeverity.Error, Code: "not-found", Location: "Patient" });
    }
}
