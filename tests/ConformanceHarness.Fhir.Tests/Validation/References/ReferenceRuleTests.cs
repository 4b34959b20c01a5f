using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation;
using ConformanceHarness.Fhir.Validation.References;
using static ConformanceHarness.Fhir.Tests.Validation.References.ReferenceFindings;

namespace ConformanceHarness.Fhir.Tests.Validation.References;

/// <summary>The reference rule through the core validator: form, contained resources, target types, Reference.type.</summary>
public sealed class ReferenceRuleTests
{
    private const string ContainedPatient = ""","contained":[{"resourceType":"Patient","id":"p1"}]""";

    [Fact]
    public void ContainedReference_Found_IsValid()
    {
        var report = FhirValidator.Core.Validate(Report("""{"reference":"#p1"}""", ContainedPatient));

        Assert.True(report.IsValid, report.ToString());
        Assert.Empty(Of(report));
    }

    [Fact]
    public void ContainedReference_NotFound_IsNotFoundError()
    {
        var report = FhirValidator.Core.Validate(Report("""{"reference":"#p2"}""", ContainedPatient));

        Assert.Equal((FindingSeverity.Error, "not-found", "DiagnosticReport.subject", ReferenceRule.ResolveRule), Single(report));
    }

    [Fact]
    public void ContainedReference_FromContainedToSibling_IsFound()
    {
        const string contained = ""","contained":[{"resourceType":"Patient","id":"p1"},{"resourceType":"Specimen","id":"s1","subject":{"reference":"#p1"}}],"specimen":[{"reference":"#s1"}]""";

        var report = FhirValidator.Core.Validate(Report("""{"reference":"#p1"}""", contained));

        Assert.Empty(Of(report));
    }

    [Fact]
    public void ContainedReference_FromContainedToMissingSibling_IsNotFoundAtTheContainedElement()
    {
        const string contained = ""","contained":[{"resourceType":"Patient","id":"p1"},{"resourceType":"Specimen","id":"s1","subject":{"reference":"#p9"}}],"specimen":[{"reference":"#s1"}]""";

        var report = FhirValidator.Core.Validate(Report("""{"reference":"#p1"}""", contained));

        Assert.Equal((FindingSeverity.Error, "not-found", "DiagnosticReport.contained[1].subject", ReferenceRule.ResolveRule), Single(report));
    }

    [Fact]
    public void Reference_ToTypeNotAllowed_IsStructureErrorNamingFoundAndAllowed()
    {
        var report = FhirValidator.Core.Validate(Report("""{"reference":"Medication/m1"}"""));

        Assert.Equal((FindingSeverity.Error, "structure", "DiagnosticReport.subject", ReferenceRule.TargetRule), Single(report));
        Assert.Equal("'Medication/m1' refers to a Medication, which is not an allowed target of DiagnosticReport.subject (allowed: Device, Group, Location, Patient)",
            Of(report)[0].Message);
    }

    [Fact]
    public void Reference_ResolvedContainedOfTypeNotAllowed_IsTargetError()
    {
        var report = FhirValidator.Core.Validate(Report("""{"reference":"#m1"}""", ""","contained":[{"resourceType":"Medication","id":"m1"}]"""));

        Assert.Equal((FindingSeverity.Error, "structure", "DiagnosticReport.subject", ReferenceRule.TargetRule), Single(report));
    }

    [Fact]
    public void Reference_NoAllowedForm_IsValueError()
    {
        var report = FhirValidator.Core.Validate(Report("""{"reference":"patient 123"}"""));

        Assert.Equal((FindingSeverity.Error, "value", "DiagnosticReport.subject", ReferenceRule.FormatRule), Single(report));
    }

    [Fact]
    public void ReferenceType_NotAllowed_IsTargetError()
    {
        var report = FhirValidator.Core.Validate(Report("""{"type":"Medication","identifier":{"system":"http://x.org/ids","value":"1"}}"""));

        Assert.Equal((FindingSeverity.Error, "structure", "DiagnosticReport.subject", ReferenceRule.TargetRule), Single(report));
    }

    [Fact]
    public void ReferenceType_DisagreesWithLiteral_IsTypeError()
    {
        var report = FhirValidator.Core.Validate(Report("""{"reference":"Device/d1","type":"Patient"}"""));

        Assert.Equal((FindingSeverity.Error, "structure", "DiagnosticReport.subject", ReferenceRule.TypeRule), Single(report));
    }

    [Theory]
    [InlineData("""{"reference":"Patient/p1","type":"Patient"}""")]
    [InlineData("""{"reference":"http://x.org/fhir/Group/g1/_history/2"}""")]
    [InlineData("""{"reference":"http://x.org/some/document"}""")]
    [InlineData("""{"reference":"urn:uuid:2ec8f9c4-5d0b-4c3a-8f52-0c7a6a1f3b9e"}""")]
    [InlineData("""{"display":"no literal at all"}""")]
    public void Reference_OutsideABundleToAllowedOrUnknownType_IsValid(string subject)
    {
        var report = FhirValidator.Core.Validate(Report(subject));

        Assert.True(report.IsValid, report.ToString());
    }
}
