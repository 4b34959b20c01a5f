using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Cli.Commands.Fhir.Validate;

/// <summary>
/// <c>--format text</c>: per file a header (<c>FILE: valid</c> or <c>FILE: invalid</c>, with the counts when there are
/// findings), then one indented line per finding, <c>error code-invalid at Patient.gender (3:15): message [rule]</c>
/// (line:column when the finding came from parsing), then the summary line.
/// </summary>
public static class VerdictTextWriter
{
    public static void Write(IReadOnlyList<FileVerdict> verdicts, TextWriter output)
    {
        var total = FindingCounts.Zero;
        var valid = 0;
        foreach (var verdict in verdicts)
        {
            var counts = FindingCounts.Of(verdict.Report);
            total = total.Add(counts);
            if (verdict.Report.IsValid) valid++;
            output.WriteLine($"{verdict.File}: {(verdict.Report.IsValid ? "valid" : "invalid")}" + (verdict.Report.Findings.Count == 0 ? "" : $" ({counts})"));
            foreach (var finding in verdict.Report.Findings) output.WriteLine("  " + Line(finding));
        }
        output.WriteLine($"{verdicts.Count} files: {valid} valid, {verdicts.Count - valid} with errors; {total}");
    }

    public static string Line(Finding finding)
    {
        var position = finding.Position is { } p ? $" ({p.Line}:{p.Column})" : "";
        var rule = finding.RuleId is null ? "" : $" [{finding.RuleId}]";
        var requirement = finding.Requirement is { } r ? $" {r.Id} ({r.Level}, {r.Provenance})" : "";
        return $"{finding.Severity.ToString().ToLowerInvariant()} {finding.Code} at {finding.Location}{position}: {finding.Message}{rule}{requirement}";
    }
}
