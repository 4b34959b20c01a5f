using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Packages;
using ConformanceHarness.Fhir.Tests.Packages;
using ConformanceHarness.Fhir.Validation;

namespace ConformanceHarness.Fhir.Tests.Validation.Invariants;

/// <summary>A pack profile's own invariants: their severity, best practice as a warning, and expressions that cannot run as processing findings.</summary>
public sealed class ProfileInvariantTests : IDisposable
{
    private const string Profile = TestPack.Canonical + "/StructureDefinition/named-patient";
    private const string Constraints = """
        "constraint":[
          {"key":"pack-1","severity":"warning","human":"A patient should have a name","expression":"name.exists()","source":"http://example.org/fhir/test/StructureDefinition/named-patient"},
          {"key":"pack-2","severity":"error","human":"A patient has a birth date","expression":"birthDate.exists()","source":"http://example.org/fhir/test/StructureDefinition/named-patient",
           "extension":[{"url":"http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice","valueBoolean":true}]},
          {"key":"pack-3","severity":"error","human":"Broken","expression":"name.where(","source":"http://example.org/fhir/test/StructureDefinition/named-patient"},
          {"key":"pack-4","severity":"error","human":"Singleton","expression":"name.given + 'x' != 'y'","source":"http://example.org/fhir/test/StructureDefinition/named-patient"}]
        """;

    private readonly TempFolder _temp = new();
    private readonly FhirValidator _validator;

    public ProfileInvariantTests()
    {
        var pack = TestPack.Write(_temp.Combine("pack"), "test.pack", "0.1.0", ["hl7.fhir.r4.core#4.0.1"],
            TestPack.Profile("named-patient", "Patient", null, ("Patient", Constraints)));
        _validator = new FhirValidator(new ValidatorServices(FhirDefinitionSet.Load([Path.GetDirectoryName(pack)!], new PackageLoadOptions([_temp.Combine("cache")]))));
    }

    public void Dispose() => _temp.Dispose();

    private IReadOnlyList<Finding> Validate(string patient) =>
        [.. _validator.Validate(patient, profiles: [Profile]).Findings.Where(f => f.RuleId?.StartsWith("pack-", StringComparison.Ordinal) == true)];

    [Fact]
    public void WarningInvariant_Fails_IsAWarningNamingTheProfile()
    {
        var finding = Assert.Single(Validate("""{"resourceType":"Patient","birthDate":"2000-01-01"}"""), f => f.RuleId == "pack-1");

        Assert.Equal((FindingSeverity.Warning, "invariant", "Patient", Profile), (finding.Severity, finding.Code, finding.Location, finding.Profile));
        Assert.Equal("pack-1: A patient should have a name (expression: name.exists()) failed", finding.Message);
    }

    [Fact]
    public void BestPracticeInvariant_Fails_IsAWarning()
    {
        var finding = Assert.Single(Validate("""{"resourceType":"Patient","name":[{"family":"Doe"}]}"""), f => f.RuleId == "pack-2");

        Assert.Equal((FindingSeverity.Warning, "invariant", "Patient"), (finding.Severity, finding.Code, finding.Location));
    }

    [Fact]
    public void ExpressionThatDoesNotCompile_IsAProcessingWarning()
    {
        var finding = Assert.Single(Validate("""{"resourceType":"Patient","birthDate":"2000-01-01"}"""), f => f.RuleId == "pack-3");

        Assert.Equal((FindingSeverity.Warning, "processing", "Patient"), (finding.Severity, finding.Code, finding.Location));
        Assert.StartsWith("pack-3: the expression does not compile: ", finding.Message);
    }

    [Fact]
    public void ExpressionThatThrows_IsAProcessingWarning()
    {
        var finding = Assert.Single(Validate("""{"resourceType":"Patient","name":[{"given":["A","B"]}],"birthDate":"2000-01-01"}"""), f => f.RuleId == "pack-4");

        Assert.Equal((FindingSeverity.Warning, "processing", "Patient"), (finding.Severity, finding.Code, finding.Location));
        Assert.StartsWith("pack-4: the expression could not be evaluated: ", finding.Message);
    }

    [Fact]
    public void ConformingPatient_HasOnlyTheBrokenExpressionFinding() =>
        Assert.Equal(["pack-3"], Validate("""{"resourceType":"Patient","name":[{"given":["A"]}],"birthDate":"2000-01-01"}""").Select(f => f.RuleId));
}
