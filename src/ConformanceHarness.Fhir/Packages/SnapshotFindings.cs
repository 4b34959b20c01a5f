using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace ConformanceHarness.Fhir.Packages;

/// <summary>The SnapshotGenerator's OperationOutcome as findings about the profile (rule id <c>snapshot-</c> + the SDK's issue number).</summary>
public static class SnapshotFindings
{
    public const string RuleIdPrefix = "snapshot-";

    internal static IReadOnlyList<Finding> From(OperationOutcome? outcome, string profile) =>
        outcome?.Issue.Select(issue => new Finding(
            Severity(issue.Severity),
            issue.Code?.GetLiteral() ?? "processing",
            issue.Location.FirstOrDefault() ?? issue.Expression.FirstOrDefault() ?? profile,
            issue.Details?.Text ?? issue.Diagnostics ?? "(no message)",
            RuleIdPrefix + (issue.Details?.Coding.FirstOrDefault()?.Code ?? "issue"),
            profile)).ToList() ?? [];

    private static FindingSeverity Severity(OperationOutcome.IssueSeverity? severity) => severity switch
    {
        OperationOutcome.IssueSeverity.Fatal => FindingSeverity.Fatal,
        OperationOutcome.IssueSeverity.Error => FindingSeverity.Error,
        OperationOutcome.IssueSeverity.Warning => FindingSeverity.Warning,
        _ => FindingSeverity.Information,
    };
}
