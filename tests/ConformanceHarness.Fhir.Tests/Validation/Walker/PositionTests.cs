using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation;

namespace ConformanceHarness.Fhir.Tests.Validation.Walker;

/// <summary>
/// A finding of the walker on serialised text points at the element's line and column, as a parser finding does: in JSON where
/// the property name starts, in XML where the element name starts (after the <c>&lt;</c>).
/// </summary>
public sealed class PositionTests
{
    [Fact]
    public void Validate_JsonBadCodeInTheSecondComponent_IsAtItsLine()
    {
        var finding = FindingAssert.SingleIssue(FhirValidator.Core.Validate("""
            {"resourceType": "Observation", "status": "final",
             "code": {"text": "blood pressure"},
             "valueString": "120/80",
             "component": [
               {"code": {"text": "systolic"}},
               {"code": {"text": "diastolic"},
                "valueQuantity": {"value": 80, "comparator": "about"}}]}
            """), FindingSeverity.Error, "code-invalid", "Observation.component[1].value.comparator", "binding");

        Assert.Equal((7, 36), (finding.Position?.Line, finding.Position?.Column)); // where the property name starts
    }

    [Fact]
    public void Validate_XmlBadCodeInTheSecondName_IsAtItsLine()
    {
        var finding = FindingAssert.SingleIssue(FhirValidator.Core.Validate("""
            <Patient xmlns="http://hl7.org/fhir">
              <name><family value="Tremblay"/></name>
              <name>
                <use value="nickname-ish"/>
              </name>
            </Patient>
            """), FindingSeverity.Error, "code-invalid", "Patient.name[1].use", "binding");

        Assert.Equal((4, 6), (finding.Position?.Line, finding.Position?.Column));
    }

    [Fact]
    public void Validate_XmlBadCodeInABundleEntry_IsAtItsLineInsideTheNestedResource()
    {
        var finding = FindingAssert.SingleIssue(FhirValidator.Core.Validate("""
            <Bundle xmlns="http://hl7.org/fhir">
              <type value="collection"/>
              <entry>
                <fullUrl value="urn:uuid:5f0c7a3e-2b1d-4c8e-9a6f-0d3b2e1c4a5b"/>
                <resource>
                  <Patient>
                    <text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml"><p>Synthetic</p></div></text>
                    <gender value="x"/>
                  </Patient>
                </resource>
              </entry>
            </Bundle>
            """), FindingSeverity.Error, "code-invalid", "Bundle.entry[0].resource.gender", "binding");

        Assert.Equal((8, 10), (finding.Position?.Line, finding.Position?.Column));
    }

    [Fact]
    public void Validate_CardinalityOfAMissingElement_IsAtItsParent()
    {
        var finding = FindingAssert.SingleIssue(FhirValidator.Core.Validate("""
            {"resourceType": "Observation", "status": "final",
             "code": {"text": "blood pressure"},
             "component": [
               {"code": {"text": "systolic"}, "valueString": "120"},
               {"valueString": "80"}]}
            """), FindingSeverity.Error, "required", "Observation.component[1].code", "cardinality");

        Assert.Equal(5, finding.Position?.Line);
    }
}
