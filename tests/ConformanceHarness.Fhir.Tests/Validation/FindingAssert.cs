using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Fhir.Tests.Validation;

/// <summary>
/// Assertions that read as the finding they expect. The dom-6 best-practice warning (a resource should have a
/// narrative) is left out of "issues": the small synthetic resources of the tests have no narrative on purpose.
/// </summary>
public static class FindingAssert
{
    private static bool IsIssue(Finding f) => f.Severity >= FindingSeverity.Warning && f.RuleId != "dom-6";

    /// <summary>The report holds exactly one finding of at least warning severity (dom-6 aside), naming its rule; it is returned.</summary>
    public static Finding SingleIssue(ValidationReport report)
    {
        var issues = report.Findings.Where(IsIssue).ToList();
        Assert.True(issues.Count == 1, $"expected one issue, found {issues.Count}:{Environment.NewLine}{report}");
        Assert.True(issues[0].RuleId is not null, $"every finding names the rule it rests on: {issues[0]}");
        return issues[0];
    }

    /// <summary>The report holds exactly one finding of at least warning severity, and it is this one.</summary>
    public static Finding SingleIssue(ValidationReport report, FindingSeverity severity, string code, string location, string? ruleId = null)
    {
        var finding = SingleIssue(report);
        Assert.Equal((severity, code, location), (finding.Severity, finding.Code, finding.Location));
        if (ruleId is not null) Assert.Equal(ruleId, finding.RuleId);
        return finding;
    }

    /// <summary>No error or fatal finding.</summary>
    public static void NoErrors(ValidationReport report) =>
        Assert.True(report.IsValid, $"expected no errors:{Environment.NewLine}{report}");

    /// <summary>No finding of warning severity or above.</summary>
    public static void NoIssues(ValidationReport report) =>
        Assert.True(!report.Findings.Any(IsIssue), $"expected no issues:{Environment.NewLine}{report}");
}
