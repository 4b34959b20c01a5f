using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Packages;
using ConformanceHarness.Fhir.Tests.Packages;
using ConformanceHarness.Fhir.Validation;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Tests.Validation.Values;

/// <summary>
/// A pack with one Observation profile carrying the value rules: status fixed to <c>final</c>, method fixed to a
/// CodeableConcept, code and identifier with patterns, language with a primitive pattern, identifier.value at most
/// 8 characters. <see cref="Valid"/> conforms to all of them.
/// </summary>
public sealed class ValuesPack : IDisposable
{
    public const string Profile = TestPack.Canonical + "/StructureDefinition/values-observation";
    public const string Loinc = "http://loinc.org";
    public const string IdSystem = "http://example.org/ids";
    public const string MethodSystem = "http://example.org/methods";

    private readonly TempFolder _temp = new();

    public ValuesPack()
    {
        var profile = TestPack.Profile("values-observation", "Observation", null,
            ("Observation", ""),
            ("Observation.language", "\"patternCode\":\"en\""),
            ("Observation.identifier", $"\"patternIdentifier\":{{\"system\":\"{IdSystem}\"}}"),
            ("Observation.identifier.value", "\"maxLength\":8"),
            ("Observation.status", "\"fixedCode\":\"final\""),
            ("Observation.code", $"\"patternCodeableConcept\":{{\"coding\":[{{\"system\":\"{Loinc}\",\"code\":\"8867-4\"}}]}}"),
            ("Observation.method", $"\"fixedCodeableConcept\":{{\"coding\":[{{\"system\":\"{MethodSystem}\",\"code\":\"m1\"}}]}}"));
        var pack = TestPack.Write(_temp.Combine("pack"), "test.values", "0.1.0", ["hl7.fhir.r4.core#4.0.1"], profile);
        var set = FhirDefinitionSet.Load([Path.GetDirectoryName(pack)!], new PackageLoadOptions([_temp.Combine("cache")]));
        Validator = new FhirValidator(new ValidatorServices(set));
    }

    public FhirValidator Validator { get; }

    public static Observation Valid() => new()
    {
        Language = "en",
        Identifier = [new Identifier(IdSystem, "A1")],
        Status = ObservationStatus.Final,
        Code = new CodeableConcept(Loinc, "8867-4"),
        Method = new CodeableConcept(MethodSystem, "m1"),
    };

    public ValidationReport Validate(Resource resource) => Validator.Validate(resource, [Profile]);

    /// <summary>The one finding of <paramref name="ruleId"/>; fails when there is none or more than one.</summary>
    public static Finding Single(ValidationReport report, string ruleId) => Assert.Single(report.Findings, f => f.RuleId == ruleId);

    public static void AssertNoError(ValidationReport report) => Assert.True(report.IsValid, report.ToString());

    public void Dispose() => _temp.Dispose();
}
