using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation.Values;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Tests.Validation.Values;

public sealed class MaxLengthRuleTests(ValuesPack pack) : IClassFixture<ValuesPack>
{
    [Theory]
    [InlineData("ABCDEFGH")]
    [InlineData("\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600")]
    public void IdentifierValue_AtMaxLengthInCodePoints_NoFinding(string value)
    {
        var observation = ValuesPack.Valid();
        observation.Identifier[0].Value = value;

        var report = pack.Validate(observation);

        ValuesPack.AssertNoError(report);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == MaxLengthRule.RuleId);
    }

    [Fact]
    public void IdentifierValue_LongerThanMaxLength_Error()
    {
        var observation = ValuesPack.Valid();
        observation.Identifier[0].Value = "ABCDEFGH\U0001F600";

        var finding = ValuesPack.Single(pack.Validate(observation), MaxLengthRule.RuleId);

        Assert.Equal(new Finding(FindingSeverity.Error, "value", "Observation.identifier[0].value", "value has 9 characters, more than maxLength 8",
            MaxLengthRule.RuleId, ValuesPack.Profile, "Observation.identifier.value"), finding);
    }
}
