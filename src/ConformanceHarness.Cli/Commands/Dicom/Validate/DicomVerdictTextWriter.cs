using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Cli.Commands.Dicom.Validate;

/// <summary>
/// Text verdicts: a line per file (<c>FILE: valid</c> or <c>invalid (…)</c>) with its findings indented, the study-set
/// findings, a summary per requirement (<c>fail  ON-DICOM-ACC-1 (SHALL, ON-IG): 2 errors in 2 files</c>), and totals.
/// </summary>
public static class DicomVerdictTextWriter
{
    public static void Write(TextWriter output, DicomConformanceEngine engine, DicomValidationResult result, IReadOnlyList<RequirementTally> tallies)
    {
        output.WriteLine($"pack {engine.Pack.Name}, profile {engine.Profile}");
        foreach (var file in result.Files)
        {
            output.WriteLine($"{file.File}: {(file.IsValid ? "valid" : "invalid")}{Counts(file.Findings)}");
            foreach (var finding in file.Findings) output.WriteLine("  " + Line(finding));
        }
        if (result.SetFindings.Count > 0)
        {
            output.WriteLine($"study set ({result.Files.Count} files):{Counts(result.SetFindings)}");
            foreach (var finding in result.SetFindings) output.WriteLine("  " + Line(finding) + (finding.File is null ? "" : $" [{finding.File}]"));
        }
        output.WriteLine("requirements:");
        foreach (var tally in tallies) output.WriteLine("  " + Summary(tally));
        var all = result.AllFindings.ToList();
        output.WriteLine($"{result.Files.Count} files: {result.Files.Count(f => f.IsValid)} valid, {result.Files.Count(f => !f.IsValid)} with errors; " +
            $"{Count(all, DicomFindingSeverity.Error)} errors, {Count(all, DicomFindingSeverity.Warning)} warnings, {Count(all, DicomFindingSeverity.Information)} information");
    }

    public static string Line(DicomFinding finding)
    {
        var source = finding.Source == DicomFinding.HarnessSource ? "" : $"[{finding.Source}] ";
        var at = finding.TagPath.Length == 0 ? "" : $" at {finding.TagPath}";
        var value = finding.Value is null ? "" : $" (value '{finding.Value}')";
        var requirement = finding.Requirement is { } r ? $" {r.Id} ({r.Level}, {r.Provenance})" : "";
        return $"{source}{finding.Severity.ToString().ToLowerInvariant()} {finding.Rule}{at}: {finding.Message}{value}{requirement}";
    }

    private static string Summary(RequirementTally tally)
    {
        var r = tally.Requirement;
        var detail = !tally.Checked ? (r.NotImplementable is { } reason ? $": {reason}" : ": off under this profile")
            : tally.Errors + tally.Warnings + tally.Information == 0 ? ""
            : $": {tally.Errors} errors, {tally.Warnings} warnings, {tally.Information} information in {tally.Files} files";
        return $"{tally.Verdict,-18} {r.Id} ({r.Level}, {r.Provenance}){detail}";
    }

    private static string Counts(IReadOnlyList<DicomFinding> findings) => findings.Count == 0 ? ""
        : $" ({Count(findings, DicomFindingSeverity.Error)} errors, {Count(findings, DicomFindingSeverity.Warning)} warnings, {Count(findings, DicomFindingSeverity.Information)} information)";

    private static int Count(IEnumerable<DicomFinding> findings, DicomFindingSeverity severity) => findings.Count(f => f.Severity == severity);
}
