using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation.Values;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Tests.Validation.Values;

public sealed class PatternRuleTests(ValuesPack pack) : IClassFixture<ValuesPack>
{
    [Fact]
    public void Patterns_Matched_NoError()
    {
        var report = pack.Validate(ValuesPack.Valid());

        ValuesPack.AssertNoError(report);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == PatternRule.RuleId);
    }

    [Fact]
    public void CodeableConceptPattern_CodingAmongOthersAndText_NoFinding()
    {
        var observation = ValuesPack.Valid();
        observation.Code = new CodeableConcept("http://example.org/local", "hr", "Heart rate");
        observation.Code.Coding.Add(new Coding(ValuesPack.Loinc, "8867-4", "Heart rate"));

        var report = pack.Validate(observation);

        ValuesPack.AssertNoError(report);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == PatternRule.RuleId);
    }

    [Fact]
    public void CodeableConceptPattern_NoCodingMatches_ErrorDescribesThePattern()
    {
        var observation = ValuesPack.Valid();
        observation.Code = new CodeableConcept("http://example.org/local", "hr");
        observation.Code.Coding.Add(new Coding(ValuesPack.Loinc, "8310-5"));

        var finding = ValuesPack.Single(pack.Validate(observation), PatternRule.RuleId);

        Assert.Equal(new Finding(FindingSeverity.Error, "value", "Observation.code",
            "expected a coding matching the pattern {system 'http://loinc.org', code '8867-4'}, found none among 2",
            PatternRule.RuleId, ValuesPack.Profile, "Observation.code"), finding);
    }

    [Fact]
    public void CodeableConceptPattern_OneOtherCoding_ErrorNamesTheDifference()
    {
        var observation = ValuesPack.Valid();
        observation.Code = new CodeableConcept(ValuesPack.Loinc, "8310-5");

        var finding = ValuesPack.Single(pack.Validate(observation), PatternRule.RuleId);

        Assert.Equal("expected pattern value '8867-4' at coding.code, found '8310-5'", finding.Message);
    }

    [Fact]
    public void IdentifierPattern_SystemMissing_ErrorAtTheIdentifier()
    {
        var observation = ValuesPack.Valid();
        observation.Identifier.Add(new Identifier { Value = "B2" });

        var finding = ValuesPack.Single(pack.Validate(observation), PatternRule.RuleId);

        Assert.Equal(new Finding(FindingSeverity.Error, "value", "Observation.identifier[1]",
            "expected system 'http://example.org/ids' from the pattern, found none",
            PatternRule.RuleId, ValuesPack.Profile, "Observation.identifier"), finding);
    }

    [Fact]
    public void PrimitivePattern_Different_ErrorQuotesBoth()
    {
        var observation = ValuesPack.Valid();
        observation.Language = "fr";

        var finding = ValuesPack.Single(pack.Validate(observation), PatternRule.RuleId);

        Assert.Equal(("Observation.language", "expected pattern value 'en', found 'fr'"), (finding.Location, finding.Message));
    }
}
