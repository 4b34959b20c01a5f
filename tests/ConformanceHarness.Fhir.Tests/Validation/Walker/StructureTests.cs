using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Tests.Packages;
using ConformanceHarness.Fhir.Validation;
using ConformanceHarness.Fhir.Validation.Parsing;

namespace ConformanceHarness.Fhir.Tests.Validation.Walker;

public sealed class StructureTests : IDisposable
{
    private readonly PackValidator _pack = new(TestPack.Profile("quantity-only", "Observation", null,
        ("Observation", ""), ("Observation.value[x]", "\"type\":[{\"code\":\"Quantity\"}]")));

    public void Dispose() => _pack.Dispose();

    [Fact]
    public void Validate_UnknownJsonProperty_HasPathLineAndColumn()
    {
        var report = FhirValidator.Core.Validate("{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},\n  \"colour\":\"red\"}");

        var finding = FindingAssert.SingleIssue(report, FindingSeverity.Error, "structure", "Observation.colour", "parse:PVAL128");
        Assert.Equal((2, 12), finding.Position); // the SDK points at the start of the property's value
    }

    [Fact]
    public void Validate_ChoiceTypeNotAllowedByProfile_IsATypeFinding()
    {
        var report = _pack.Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"x"},"valueString":"high"}""",
            profiles: [PackValidator.Profiles + "quantity-only"]);

        var finding = FindingAssert.SingleIssue(report, FindingSeverity.Error, "structure", "Observation.value", RuleIds.ChoiceType);
        Assert.Equal("type string is not allowed for Observation.value[x] (allowed: Quantity)", finding.Message);
    }

    [Fact]
    public void Validate_ChoiceTypeAllowed_IsValid() =>
        FindingAssert.NoIssues(_pack.Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"x"},"valueQuantity":{"value":1}}""",
            profiles: [PackValidator.Profiles + "quantity-only"]));

    [Fact]
    public void Validate_Xml_IsReadLikeJson()
    {
        var report = FhirValidator.Core.Validate("""
            <Observation xmlns="http://hl7.org/fhir"><code><text value="x"/></code></Observation>
            """);

        FindingAssert.SingleIssue(report, FindingSeverity.Error, "required", "Observation.status", RuleIds.Cardinality);
    }

    [Fact]
    public void Validate_ContainedResource_IsValidatedAtItsLocation()
    {
        var report = FhirValidator.Core.Validate("""
            {"resourceType":"Observation","status":"final","code":{"text":"x"},"subject":{"reference":"#p"},
             "contained":[{"resourceType":"Patient","id":"p","gender":"robot"}]}
            """);

        FindingAssert.SingleIssue(report, FindingSeverity.Error, "code-invalid", "Observation.contained[0].gender");
    }

    [Fact]
    public void Validate_BundleEntry_IsValidatedAgainstItsOwnType()
    {
        var report = FhirValidator.Core.Validate("""
            {"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"urn:uuid:0c3151bd-1cbf-4d64-b04d-cd9187a4c6e0",
              "resource":{"resourceType":"Observation","code":{"text":"x"}}}]}
            """);

        FindingAssert.SingleIssue(report, FindingSeverity.Error, "required", "Bundle.entry[0].resource.status", RuleIds.Cardinality);
    }

    [Fact]
    public void Validate_ContentReference_WalksNestedItems()
    {
        var report = FhirValidator.Core.Validate("""
            {"resourceType":"Questionnaire","status":"draft","item":[{"linkId":"1","type":"group","item":[{"type":"string"}]}]}
            """);

        FindingAssert.SingleIssue(report, FindingSeverity.Error, "required", "Questionnaire.item[0].item[0].linkId", RuleIds.Cardinality);
    }

    [Fact]
    public void Validate_KnownExtensionWithWrongValueType_IsATypeFinding()
    {
        var report = FhirValidator.Core.Validate("""
            {"resourceType":"Patient","birthDate":"1970-01-01","_birthDate":{"extension":[
              {"url":"http://hl7.org/fhir/StructureDefinition/patient-birthTime","valueString":"noon"}]}}
            """);

        var finding = FindingAssert.SingleIssue(report, FindingSeverity.Error, "structure", "Patient.birthDate.extension[0].value", RuleIds.ChoiceType);
        Assert.Equal("http://hl7.org/fhir/StructureDefinition/patient-birthTime", finding.Profile);
    }

    [Fact]
    public void Validate_UnknownExtension_IsAWarning()
    {
        var report = FhirValidator.Core.Validate("""
            {"resourceType":"Patient","extension":[{"url":"http://example.org/fhir/StructureDefinition/shoe-size","valueInteger":42}]}
            """);

        FindingAssert.SingleIssue(report, FindingSeverity.Warning, "not-found", "Patient.extension[0]", RuleIds.UnknownExtension);
    }

    [Fact]
    public void Validate_ProfileOfAnotherType_IsAnError()
    {
        var report = _pack.Validator.Validate("""{"resourceType":"Patient"}""", profiles: [PackValidator.Profiles + "quantity-only"]);

        FindingAssert.SingleIssue(report, FindingSeverity.Error, "structure", "Patient", RuleIds.ProfileType);
    }

    [Fact]
    public void Validate_FormatGiven_OverridesSniffing() =>
        Assert.Equal(FindingSeverity.Fatal, Assert.Single(FhirValidator.Core.Validate("""{"resourceType":"Patient"}""", ResourceFormat.Xml).Findings).Severity);
}
