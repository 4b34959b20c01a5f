using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Requirements;

namespace ConformanceHarness.Cli.Commands.Dicom.Validate;

/// <summary>
/// Per requirement of the pack's catalogue, what the run found: errors, warnings and information, in how many files;
/// a requirement no active rule checks is "not checked" (off under the profile, or not implementable, with its reason).
/// </summary>
public sealed record RequirementTally(Requirement Requirement, int Errors, int Warnings, int Information, int Files, bool Checked)
{
    public string Verdict => !Checked ? "not checked" : Errors > 0 ? "fail" : Warnings > 0 ? "pass with warnings" : "pass";

    public static IReadOnlyList<RequirementTally> Of(DicomValidationResult result, DicomConformanceEngine engine)
    {
        var active = engine.Pack.Rows.Where(r => r.LevelFor(engine.Profile) is not null).Select(r => r.Requirement.Id).ToHashSet(StringComparer.Ordinal);
        var byRequirement = result.AllFindings.Where(f => f.Requirement is not null).ToLookup(f => f.Requirement!.Id, StringComparer.Ordinal);
        return [.. engine.Pack.Catalogue.Requirements.Select(requirement =>
        {
            var findings = byRequirement[requirement.Id].ToList();
            return new RequirementTally(requirement, Count(findings, DicomFindingSeverity.Error), Count(findings, DicomFindingSeverity.Warning),
                Count(findings, DicomFindingSeverity.Information), findings.Select(f => f.File).Distinct().Count(), active.Contains(requirement.Id));
        })];
    }

    private static int Count(List<DicomFinding> findings, DicomFindingSeverity severity) => findings.Count(f => f.Severity == severity);
}
