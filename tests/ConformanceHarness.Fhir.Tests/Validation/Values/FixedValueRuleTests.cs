using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation.Values;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Tests.Validation.Values;

public sealed class FixedValueRuleTests(ValuesPack pack) : IClassFixture<ValuesPack>
{
    [Fact]
    public void FixedValues_Equal_NoError()
    {
        var report = pack.Validate(ValuesPack.Valid());

        ValuesPack.AssertNoError(report);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == FixedValueRule.RuleId);
    }

    [Fact]
    public void FixedCode_Different_ErrorQuotesExpectedAndFound()
    {
        var observation = ValuesPack.Valid();
        observation.Status = ObservationStatus.Preliminary;

        var finding = ValuesPack.Single(pack.Validate(observation), FixedValueRule.RuleId);

        Assert.Equal(new Finding(FindingSeverity.Error, "value", "Observation.status", "expected fixed value 'final', found 'preliminary'",
            FixedValueRule.RuleId, ValuesPack.Profile, "Observation.status"), finding);
    }

    [Fact]
    public void FixedCodeableConcept_DifferentCode_ErrorNamesThePath()
    {
        var observation = ValuesPack.Valid();
        observation.Method = new CodeableConcept(ValuesPack.MethodSystem, "m2");

        var finding = ValuesPack.Single(pack.Validate(observation), FixedValueRule.RuleId);

        Assert.Equal((FindingSeverity.Error, "value", "Observation.method"), (finding.Severity, finding.Code, finding.Location));
        Assert.Equal("expected fixed value 'm1' at coding.code, found 'm2'", finding.Message);
    }

    [Fact]
    public void FixedCodeableConcept_ExtraElement_Error()
    {
        var observation = ValuesPack.Valid();
        observation.Method!.Coding[0].Display = "Method one";

        var finding = ValuesPack.Single(pack.Validate(observation), FixedValueRule.RuleId);

        Assert.Equal((FindingSeverity.Error, "value", "Observation.method"), (finding.Severity, finding.Code, finding.Location));
        Assert.Equal("unexpected display at coding ('Method one'): the fixed value has none", finding.Message);
    }

    [Fact]
    public void FixedCodeableConcept_ExtraCoding_Error()
    {
        var observation = ValuesPack.Valid();
        observation.Method!.Coding.Add(new Coding(ValuesPack.MethodSystem, "m9"));

        var finding = ValuesPack.Single(pack.Validate(observation), FixedValueRule.RuleId);

        Assert.Equal("expected 1 coding in the fixed value, found 2", finding.Message);
    }
}
