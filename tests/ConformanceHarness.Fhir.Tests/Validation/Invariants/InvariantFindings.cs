using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation;

namespace ConformanceHarness.Fhir.Tests.Validation.Invariants;

/// <summary>
/// Validates JSON and keeps the findings of the invariant rule that matter to these tests: invariant errors and
/// processing findings with a rule id (warnings such as dom-6, "should have narrative", are left out).
/// </summary>
internal static class InvariantFindings
{
    public static IReadOnlyList<Finding> Of(string json, FhirValidator? validator = null) =>
        [.. (validator ?? FhirValidator.Core).Validate(json).Findings.Where(f => (f.Code == "invariant" && f.IsError) || (f.Code == "processing" && f.RuleId is not null))];

    /// <summary>The one finding of <paramref name="ruleId"/>, asserted to be the only invariant finding.</summary>
    public static Finding Single(string json, string ruleId, FhirValidator? validator = null)
    {
        var findings = Of(json, validator);
        return Assert.Single(findings, f => f.RuleId == ruleId) is var finding && findings.Count == 1
            ? finding
            : throw new Xunit.Sdk.XunitException("expected only " + ruleId + ", but got: " + string.Join("; ", findings));
    }

    public static void AssertError(Finding finding, string ruleId, string location)
    {
        Assert.Equal((FindingSeverity.Error, "invariant", ruleId, location), (finding.Severity, finding.Code, finding.RuleId, finding.Location));
        Assert.StartsWith(ruleId + ": ", finding.Message);
    }
}
