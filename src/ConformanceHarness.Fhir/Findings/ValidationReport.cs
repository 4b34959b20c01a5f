namespace ConformanceHarness.Fhir.Findings;

/// <summary>
/// The findings of one validation. Reports combine by concatenation; <see cref="Empty"/> is the
/// identity, so a validator that finds nothing returns it and composition needs no special case.
/// </summary>
public sealed class ValidationReport
{
    public static readonly ValidationReport Empty = new([]);

    public ValidationReport(IReadOnlyList<Finding> findings) => Findings = findings;

    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>True when no finding is an error or fatal.</summary>
    public bool IsValid => !Findings.Any(f => f.IsError);

    public static ValidationReport Of(Finding finding) => new([finding]);

    public ValidationReport Combine(ValidationReport other) =>
        other.Findings.Count == 0 ? this
        : Findings.Count == 0 ? other
        : new([.. Findings, .. other.Findings]);

    public static ValidationReport Combine(IEnumerable<ValidationReport> reports)
    {
        var all = new List<Finding>();
        foreach (var report in reports) all.AddRange(report.Findings);
        return all.Count == 0 ? Empty : new(all);
    }

    /// <summary>
    /// Each verdict once: the same rule reached through two definitions (an element's own and its type's, or the core
    /// type and a profile that inherits the rule) says the same thing at the same place, and is kept once, with the first
    /// definition that made it, unless a later one cites a requirement the first does not (a pack profile repeating a
    /// core cardinality). Findings that differ in anything but the definition named stay apart.
    /// </summary>
    public ValidationReport Distinct()
    {
        if (Findings.Count < 2) return this;
        var unique = new List<Finding>(Findings.Count);
        var seen = new Dictionary<(FindingSeverity, string, string, string, string?, (int, int)?), int>();
        foreach (var finding in Findings)
        {
            var key = (finding.Severity, finding.Code, finding.Location, finding.Message, finding.RuleId, finding.Position);
            if (!seen.TryGetValue(key, out var at)) { seen[key] = unique.Count; unique.Add(finding); }
            else if (unique[at].Requirement is null && finding.Requirement is not null) unique[at] = finding;
        }
        return unique.Count == Findings.Count ? this : new(unique);
    }

    public override string ToString() => Findings.Count == 0 ? "valid, no findings" : string.Join(Environment.NewLine, Findings);
}
