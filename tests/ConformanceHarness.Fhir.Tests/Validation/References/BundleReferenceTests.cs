using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation;
using ConformanceHarness.Fhir.Validation.References;
using static ConformanceHarness.Fhir.Tests.Validation.References.ReferenceFindings;

namespace ConformanceHarness.Fhir.Tests.Validation.References;

/// <summary>References between the entries of a transaction Bundle, each entry validated in its own context.</summary>
public sealed class BundleReferenceTests
{
    private const string PatientUuid = "urn:uuid:2ec8f9c4-5d0b-4c3a-8f52-0c7a6a1f3b9e";
    private const string MedicationUuid = "urn:uuid:7d1f0a52-9c1e-4b53-a1f8-3e6c0b8d2a41";

    [Fact]
    public void UuidReference_ResolvedInTransaction_IsValid()
    {
        var report = FhirValidator.Core.Validate(Transaction(PatientUuid));

        Assert.True(report.IsValid, report.ToString());
        Assert.Empty(Of(report));
    }

    [Fact]
    public void UuidReference_NotInTransaction_IsNotFoundAtTheEntryElement()
    {
        var report = FhirValidator.Core.Validate(Transaction("urn:uuid:00000000-0000-0000-0000-000000000000"));

        Assert.Equal((FindingSeverity.Error, "not-found", "Bundle.entry[2].resource.subject", ReferenceRule.ResolveRule), Single(report));
    }

    [Fact]
    public void UuidReference_ResolvedToTypeNotAllowed_IsTargetError()
    {
        var report = FhirValidator.Core.Validate(Transaction(MedicationUuid));

        Assert.Equal((FindingSeverity.Error, "structure", "Bundle.entry[2].resource.subject", ReferenceRule.TargetRule), Single(report));
        Assert.Contains("refers to a Medication", Of(report)[0].Message);
    }

    [Fact]
    public void RelativeReference_ResolvedThroughFullUrlBase_GivesTheResolvedType()
    {
        const string bundle = """
            {"resourceType":"Bundle","type":"collection","entry":[
              {"fullUrl":"http://x.org/fhir/Observation/o1","resource":{"resourceType":"Observation","id":"o1","status":"final","code":{"text":"t"},"subject":{"reference":"Patient/p1"}}},
              {"fullUrl":"http://x.org/fhir/Patient/p1","resource":{"resourceType":"Group","id":"p1","type":"person","actual":true}}]}
            """;

        var report = FhirValidator.Core.Validate(bundle);

        Assert.Equal((FindingSeverity.Error, "structure", "Bundle.entry[0].resource.subject", ReferenceRule.TypeRule), Single(report));
    }

    /// <summary>A transaction posting a Patient, a Medication and an Observation whose subject is <paramref name="subject"/>.</summary>
    private static string Transaction(string subject) => $$$"""
        {"resourceType":"Bundle","type":"transaction","entry":[
          {"fullUrl":"{{{PatientUuid}}}","resource":{"resourceType":"Patient","active":true},"request":{"method":"POST","url":"Patient"}},
          {"fullUrl":"{{{MedicationUuid}}}","resource":{"resourceType":"Medication","status":"active"},"request":{"method":"POST","url":"Medication"}},
          {"fullUrl":"urn:uuid:5b0e3c1d-2f4a-4e6b-9c8d-1a2b3c4d5e6f","resource":{"resourceType":"Observation","status":"final","code":{"text":"t"},
            "subject":{"reference":"{{{subject}}}"}},"request":{"method":"POST","url":"Observation"}}]}
        """;
}
