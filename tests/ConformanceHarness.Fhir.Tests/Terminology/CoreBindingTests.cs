using ConformanceHarness.Fhir.Definitions;
using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Terminology;
using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification;
using Hl7.Fhir.Specification.Source;

namespace ConformanceHarness.Fhir.Tests.Terminology;

/// <summary>The walker's view: a parsed Patient, the bindings of the core Patient snapshot (versioned canonicals such as <c>…|4.0.1</c>).</summary>
public sealed class CoreBindingTests
{
    private const string PatientProfile = "http://hl7.org/fhir/StructureDefinition/Patient";
    private static readonly BindingValidator Validator = new(new LocalTerminology(CoreDefinitions.Resolver));

    [Fact]
    public async System.Threading.Tasks.Task Validate_PatientGenderOutsideVersionedCoreBinding_IsError()
    {
        var (node, element) = await BoundAsync("""{"resourceType":"Patient","gender":"mal"}""", "gender");

        var finding = Assert.Single(Validator.Validate(node, element.Binding!, "Patient.gender", PatientProfile, element.ElementId).Findings);

        Assert.Equal((FindingSeverity.Error, "code-invalid", "Patient.gender", "Patient.gender"), (finding.Severity, finding.Code, finding.Location, finding.ElementId));
        Assert.Equal("code 'mal' is not in value set 'http://hl7.org/fhir/ValueSet/administrative-gender|4.0.1' (required binding)", finding.Message);
    }

    [Theory]
    [InlineData("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "M", 0)]
    [InlineData("http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "UNK", 0)]
    [InlineData("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "X", 1)]
    public async System.Threading.Tasks.Task Validate_PatientMaritalStatus_ExtensibleAgainstCore(string system, string code, int warnings)
    {
        var json = $$$"""{"resourceType":"Patient","maritalStatus":{"coding":[{"system":"{{{system}}}","code":"{{{code}}}"}]}}""";
        var (node, element) = await BoundAsync(json, "maritalStatus");

        var findings = Validator.Validate(node, element.Binding!, "Patient.maritalStatus", PatientProfile, element.ElementId).Findings;

        Assert.Equal(warnings, findings.Count(f => f.Severity == FindingSeverity.Warning && f.Code == "code-invalid"));
        Assert.Equal(warnings, findings.Count);
    }

    private static async System.Threading.Tasks.Task<(ScopedNode Node, ElementDefinition Element)> BoundAsync(string json, string child)
    {
        var provider = new StructureDefinitionSummaryProvider(CoreDefinitions.Resolver);
        var patient = new ScopedNode(FhirJsonNode.Parse(json).ToTypedElement(provider));
        var definition = await CoreDefinitions.Resolver.FindStructureDefinitionAsync(PatientProfile);
        var element = definition!.Snapshot!.Element.Single(e => e.Path == "Patient." + child);
        return ((ScopedNode)patient.Children(child).Single(), element);
    }
}
