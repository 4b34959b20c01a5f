namespace ConformanceHarness.Fhir.Findings;

/// <summary>
/// One verdict about one place in a resource. <see cref="Code"/> is an OperationOutcome
/// issue-type code (<c>structure</c>, <c>required</c>, <c>value</c>, <c>invariant</c>,
/// <c>code-invalid</c>, <c>not-supported</c>, <c>informational</c> …); <see cref="Location"/> is
/// a FHIRPath with indexes (<c>DiagnosticReport.identifier[1].system</c>); <see cref="RuleId"/>
/// names the rule the verdict rests on (an invariant key such as <c>ele-1</c>, or a requirement
/// id of a pack); <see cref="Profile"/> and <see cref="ElementId"/> name the definition that
/// made the rule. Findings become OperationOutcome issues only at the edge.
/// </summary>
public sealed record Finding(
    FindingSeverity Severity,
    string Code,
    string Location,
    string Message,
    string? RuleId = null,
    string? Profile = null,
    string? ElementId = null)
{
    /// <summary>Line and column in the source text, when the finding came from parsing it.</summary>
    public (int Line, int Column)? Position { get; init; }

    /// <summary>The requirement of a pack's catalogue the finding cites (by its invariant key, or the profile element that made it).</summary>
    public ConformanceHarness.Requirements.Requirement? Requirement { get; init; }

    public bool IsError => Severity >= FindingSeverity.Error;

    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {Code} at {Location}: {Message}" + (RuleId is null ? "" : $" [{RuleId}]")
        + (Requirement is null ? "" : $" {Requirement}");
}
