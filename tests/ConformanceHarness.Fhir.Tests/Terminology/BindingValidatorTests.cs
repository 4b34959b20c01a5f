using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Terminology;
using Hl7.Fhir.Model;
using static ConformanceHarness.Fhir.Tests.Terminology.SyntheticTerminology;

namespace ConformanceHarness.Fhir.Tests.Terminology;

public sealed class BindingValidatorTests
{
    private const string Gender = "http://hl7.org/fhir/ValueSet/administrative-gender";
    private const string GenderSystem = "http://hl7.org/fhir/administrative-gender";
    private const string IdentifierType = "http://hl7.org/fhir/ValueSet/identifier-type";
    private const string V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";
    private static readonly BindingValidator Validator = new(Create());

    [Fact]
    public void Validate_RequiredCodeNotInValueSet_IsCodeInvalidError()
    {
        var report = Validate(new Code("xyz"), Required(Gender), "Patient.gender");

        var finding = Assert.Single(report.Findings);
        Assert.Equal((FindingSeverity.Error, "code-invalid", "Patient.gender"), (finding.Severity, finding.Code, finding.Location));
        Assert.Equal($"code 'xyz' is not in value set '{Gender}' (required binding)", finding.Message);
        Assert.Equal(("http://example.org/profile", "Patient.gender"), (finding.Profile, finding.ElementId));
    }

    [Fact]
    public void Validate_RequiredCodingFromAnotherSystem_QuotesCodeAndSystem()
    {
        var report = Validate(new Coding("http://example.org/sex", "male"), Required(Gender), "Observation.valueCoding");

        var finding = Assert.Single(report.Findings);
        Assert.Equal((FindingSeverity.Error, "code-invalid"), (finding.Severity, finding.Code));
        Assert.Equal($"code 'male' from system 'http://example.org/sex' is not in value set '{Gender}' (required binding)", finding.Message);
    }

    [Theory]
    [InlineData(BindingStrength.Required)]
    [InlineData(BindingStrength.Extensible)]
    public void Validate_MemberCode_HasNoFinding(BindingStrength strength)
    {
        Assert.Empty(Validate(new Code("female"), Binding(Gender, strength), "Patient.gender").Findings);
        Assert.Empty(Validate(new Coding(GenderSystem, "other"), Binding(Gender, strength), "x").Findings);
    }

    [Theory]
    [InlineData(BindingStrength.Preferred)]
    [InlineData(BindingStrength.Example)]
    public void Validate_PreferredOrExampleBinding_IsNotChecked(BindingStrength strength) =>
        Assert.Empty(Validate(new Code("xyz"), Binding(Gender, strength), "Patient.gender").Findings);

    [Fact]
    public void Validate_ExtensibleCodeableConceptWithNoMember_IsWarning()
    {
        var concept = new CodeableConcept(V2_0203, "BA");
        concept.Coding.Add(new Coding("http://example.org/local-id-types", "HOSPNO"));

        var finding = Assert.Single(Validate(concept, Binding(IdentifierType, BindingStrength.Extensible), "Patient.identifier[1].type").Findings);

        Assert.Equal((FindingSeverity.Warning, "code-invalid", "Patient.identifier[1].type"), (finding.Severity, finding.Code, finding.Location));
        Assert.Equal($"none of code 'BA' from system '{V2_0203}', code 'HOSPNO' from system 'http://example.org/local-id-types' is in value set '{IdentifierType}' (extensible binding)", finding.Message);
    }

    [Fact]
    public void Validate_CodeableConceptWithOneMemberCoding_HasNoFinding()
    {
        var concept = new CodeableConcept("http://example.org/local-id-types", "HOSPNO");
        concept.Coding.Add(new Coding(V2_0203, "MR"));

        Assert.Empty(Validate(concept, Required(IdentifierType), "Patient.identifier[0].type").Findings);
    }

    [Fact]
    public void Validate_TextOnlyCodeableConcept_FailsRequiredOnly()
    {
        var concept = new CodeableConcept { Text = "hospital number" };

        var finding = Assert.Single(Validate(concept, Required(IdentifierType), "Patient.identifier[0].type").Findings);
        Assert.Equal((FindingSeverity.Error, "code-invalid"), (finding.Severity, finding.Code));
        Assert.Equal($"CodeableConcept has only text 'hospital number' and no coding; a code from value set '{IdentifierType}' is expected (required binding)", finding.Message);
        Assert.Empty(Validate(concept, Binding(IdentifierType, BindingStrength.Extensible), "x").Findings);
    }

    [Theory]
    [InlineData(BindingStrength.Required)]
    [InlineData(BindingStrength.Extensible)]
    public void Validate_SnomedCode_IsOneInformationNotChecked(BindingStrength strength)
    {
        var concept = new CodeableConcept("http://snomed.info/sct", "22298006");

        var finding = Assert.Single(Validate(concept, Binding("http://hl7.org/fhir/ValueSet/clinical-findings", strength), "Condition.code").Findings);

        Assert.Equal((FindingSeverity.Information, "informational", "Condition.code"), (finding.Severity, finding.Code, finding.Location));
        Assert.StartsWith("code '22298006' from system 'http://snomed.info/sct' not checked against value set 'http://hl7.org/fhir/ValueSet/clinical-findings'", finding.Message);
        Assert.EndsWith("code system 'http://snomed.info/sct' is not complete locally (content 'not-present')", finding.Message);
    }

    [Fact]
    public void Validate_UnknownValueSet_IsWarningNamingIt()
    {
        var finding = Assert.Single(Validate(new Code("male"), Required("http://example.org/ValueSet/missing"), "Patient.gender").Findings);

        Assert.Equal((FindingSeverity.Warning, "not-found"), (finding.Severity, finding.Code));
        Assert.Equal("value set 'http://example.org/ValueSet/missing' is not known, so code 'male' was not checked (required binding)", finding.Message);
    }

    [Fact]
    public void Validate_CodingWithoutSystem_IsNotAMember()
    {
        var finding = Assert.Single(Validate(new Coding(null, "male"), Required(Gender), "Observation.valueCoding").Findings);

        Assert.Equal($"code 'male' (no system) is not in value set '{Gender}' (required binding)", finding.Message);
    }

    [Fact]
    public void Validate_QuantityUnitCode_IsCheckedBySystemAndCode()
    {
        var inSet = new Quantity { Value = 3, System = Modality, Code = "ct" };
        var outside = new Quantity { Value = 3, System = Modality, Code = "us" };

        Assert.Empty(Validate(inSet, Required(Vs("is-a")), "Observation.valueQuantity").Findings);
        Assert.Equal($"code 'us' from system '{Modality}' is not in value set '{Vs("is-a")}' (required binding)",
            Assert.Single(Validate(outside, Required(Vs("is-a")), "Observation.valueQuantity").Findings).Message);
    }

    [Theory]
    [InlineData("string")]
    [InlineData("uri")]
    public void Validate_StringAndUri_AreCheckedAsSystemlessCodes(string type)
    {
        PrimitiveType value = type == "string" ? new FhirString("DEF") : new FhirUri("GHI");
        var report = Validate(value, Required(Vs("letters")), "Basic.value");

        Assert.Equal(type == "string" ? 0 : 1, report.Findings.Count);
    }

    [Fact]
    public void Validate_UnboundType_HasNoFinding() =>
        Assert.Empty(Validate(new Identifier("urn:x", "y"), Required(Gender), "Patient.identifier[0]").Findings);

    private static ValidationReport Validate(DataType value, ElementDefinition.ElementDefinitionBindingComponent binding, string location) =>
        Validator.Validate(TypedValue.Parse(value), binding, location, "http://example.org/profile", location);

    private static ElementDefinition.ElementDefinitionBindingComponent Required(string valueSet) => Binding(valueSet, BindingStrength.Required);

    private static ElementDefinition.ElementDefinitionBindingComponent Binding(string valueSet, BindingStrength strength) =>
        new() { Strength = strength, ValueSet = valueSet };
}
