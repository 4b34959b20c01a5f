using ConformanceHarness.Fhir.Definitions;
using ConformanceHarness.Fhir.Terminology;

namespace ConformanceHarness.Fhir.Tests.Terminology;

/// <summary>Membership in real R4 core value sets; expected codes are read off the published CodeSystems.</summary>
public sealed class CoreValueSetTests
{
    private const string Fhir = "http://hl7.org/fhir/ValueSet/";
    private const string Tho = "http://terminology.hl7.org/";
    private static readonly LocalTerminology Terminology = new(CoreDefinitions.Resolver);

    [Theory]
    [InlineData("administrative-gender", "http://hl7.org/fhir/administrative-gender", "unknown", CodeMembership.Member)]
    [InlineData("administrative-gender", "http://hl7.org/fhir/administrative-gender", "xyz", CodeMembership.NotMember)]
    [InlineData("administrative-gender", "http://hl7.org/fhir/observation-status", "final", CodeMembership.NotMember)]
    [InlineData("observation-status", "http://hl7.org/fhir/observation-status", "final", CodeMembership.Member)]
    [InlineData("observation-status", "http://hl7.org/fhir/observation-status", "Final", CodeMembership.NotMember)]
    [InlineData("diagnostic-report-status", "http://hl7.org/fhir/diagnostic-report-status", "preliminary", CodeMembership.Member)]
    [InlineData("diagnostic-report-status", "http://hl7.org/fhir/diagnostic-report-status", "draft", CodeMembership.NotMember)]
    [InlineData("identifier-type", Tho + "CodeSystem/v2-0203", "MR", CodeMembership.Member)]
    [InlineData("identifier-type", Tho + "CodeSystem/v2-0203", "BA", CodeMembership.NotMember)]
    [InlineData(Tho + "ValueSet/v2-0203", Tho + "CodeSystem/v2-0203", "BA", CodeMembership.Member)]
    [InlineData("patient-contactrelationship", Tho + "CodeSystem/v2-0131", "C", CodeMembership.Member)]
    [InlineData("patient-contactrelationship", Tho + "CodeSystem/v2-0131", "O", CodeMembership.NotMember)]
    [InlineData("inactive", Tho + "CodeSystem/v3-ActMood", "PRMS.CRT", CodeMembership.Member)]
    [InlineData("inactive", Tho + "CodeSystem/v3-ActMood", "_ActMoodPredicate", CodeMembership.NotMember)]
    [InlineData("languages", "urn:ietf:bcp:47", "en-CA", CodeMembership.Member)]
    [InlineData("languages", "urn:ietf:bcp:47", "en-FR", CodeMembership.NotMember)]
    public void CheckCode_CoreFhirValueSet_Decides(string valueSet, string system, string code, CodeMembership expected) =>
        Assert.Equal(expected, Terminology.CheckCode(valueSet.StartsWith("http", StringComparison.Ordinal) ? valueSet : Fhir + valueSet, system, code).Membership);

    [Theory]
    [InlineData("HOSP", CodeMembership.Member)]
    [InlineData("PEDE", CodeMembership.Member)]
    [InlineData("_ServiceDeliveryLocationRoleType", CodeMembership.NotMember)]
    [InlineData("_DedicatedClinicalLocationRoleType", CodeMembership.NotMember)]
    [InlineData("FAMMEMB", CodeMembership.NotMember)]
    public void CheckCode_V3IsAFilterWithExcludedRoot_FollowsTheRoleCodeHierarchy(string code, CodeMembership expected) =>
        Assert.Equal(expected, Terminology.CheckCode(Tho + "ValueSet/v3-ServiceDeliveryLocationRoleType", Tho + "CodeSystem/v3-RoleCode", code).Membership);

    [Fact]
    public void Expand_V3ServiceDeliveryLocationRoleType_HasEverySelectableDescendantOfTheRoot()
    {
        // 127 distinct codes lie below _ServiceDeliveryLocationRoleType in CodeSystem-v3-RoleCode.json, 4 of them
        // notSelectable (counted with a script over the file; HL7's published expansion has the same 123).
        Assert.Equal(123, Terminology.Expand(Tho + "ValueSet/v3-ServiceDeliveryLocationRoleType")!.Count);
    }

    [Theory]
    [InlineData(Fhir + "clinical-findings", "http://snomed.info/sct", "code system 'http://snomed.info/sct' is not complete locally (content 'not-present')")]
    [InlineData(Fhir + "observation-codes", "http://loinc.org", "code system 'http://loinc.org' is not available locally")]
    [InlineData("http://snomed.info/sct?fhir_vs", "http://snomed.info/sct", "code system 'http://snomed.info/sct' is not complete locally")]
    [InlineData("http://loinc.org/vs", "http://loinc.org", "code system 'http://loinc.org' is not available locally")]
    public void CheckCode_ExternalTerminology_IsNotCheckable(string valueSet, string system, string reason)
    {
        var result = Terminology.CheckCode(valueSet, system, "123456");

        Assert.Equal(CodeMembership.NotCheckable, result.Membership);
        Assert.StartsWith(reason, result.Reason);
    }

    [Theory]
    [InlineData("v2-2.7-0360", "RN", CodeMembership.Member)]
    [InlineData("v2-2.3.1-0360", "RN", CodeMembership.NotMember)]
    [InlineData("v2-2.3.1-0360", "AA", CodeMembership.Member)]
    public void CheckCode_CodeSystemInTwoVersions_UsesTheVersionTheValueSetNames(string valueSet, string code, CodeMembership expected) =>
        Assert.Equal(expected, Terminology.CheckCode(Tho + "ValueSet/" + valueSet, Tho + "CodeSystem/v2-0360", code).Membership);

    [Fact]
    public void CheckCode_CodeSystemInTwoVersionsWithoutAVersion_IsNotCheckable()
    {
        var result = Terminology.CheckCode(Tho + "CodeSystem/v2-0360?fhir_vs", Tho + "CodeSystem/v2-0360", "RN");

        Assert.Equal(CodeMembership.NotCheckable, result.Membership);
        Assert.Equal($"code system '{Tho}CodeSystem/v2-0360' exists locally in several versions and the value set names none", result.Reason);
    }

    [Fact]
    public void CheckCode_ImplicitValueSetOfLocalSystem_IsTheWholeSystem()
    {
        var implicitGender = "http://hl7.org/fhir/administrative-gender?fhir_vs";

        Assert.Equal(CodeMembership.Member, Terminology.CheckCode(implicitGender, "http://hl7.org/fhir/administrative-gender", "female").Membership);
        Assert.Equal(CodeMembership.NotMember, Terminology.CheckCode(implicitGender, "http://hl7.org/fhir/administrative-gender", "f").Membership);
    }

    [Theory]
    [InlineData("http://terminology.hl7.org/ValueSet/v3-NullFlavor|4.0.1", "http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "ASKU", CodeMembership.Member)]
    [InlineData("http://terminology.hl7.org/ValueSet/v3-NullFlavor|4.0.1", "http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "ASKED", CodeMembership.NotMember)]
    public void CheckCode_BoundVersionAbsentLocally_UsesTheLocalVersion(string valueSet, string system, string code, CodeMembership expected) =>
        Assert.Equal(expected, Terminology.CheckCode(valueSet, system, code).Membership);

    [Fact]
    public void CheckCode_UnknownValueSet_IsNotFound()
    {
        var result = Terminology.CheckCode(Fhir + "no-such-value-set", "http://hl7.org/fhir/administrative-gender", "male");

        Assert.Equal(CodeMembership.ValueSetNotFound, result.Membership);
        Assert.Equal($"value set '{Fhir}no-such-value-set' was not found", result.Reason);
    }
}
