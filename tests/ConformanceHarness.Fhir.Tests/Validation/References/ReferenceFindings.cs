using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Fhir.Tests.Validation.References;

/// <summary>The findings of the reference rules in a report, and the DiagnosticReport the tests build around a subject.</summary>
internal static class ReferenceFindings
{
    public static List<Finding> Of(ValidationReport report) =>
        [.. report.Findings.Where(f => f.RuleId?.StartsWith("reference-", StringComparison.Ordinal) == true)];

    /// <summary>(severity, code, location, rule id) of the one reference finding, as the tests assert it.</summary>
    public static (FindingSeverity, string, string, string?) Single(ValidationReport report)
    {
        var finding = Assert.Single(Of(report));
        return (finding.Severity, finding.Code, finding.Location, finding.RuleId);
    }

    /// <summary>A valid DiagnosticReport whose subject is <paramref name="subject"/> (JSON), with extra members.</summary>
    public static string Report(string subject, string extra = "") =>
        $$"""{"resourceType":"DiagnosticReport","id":"r1","status":"final","code":{"text":"panel"},"subject":{{subject}}{{extra}}}""";
}
