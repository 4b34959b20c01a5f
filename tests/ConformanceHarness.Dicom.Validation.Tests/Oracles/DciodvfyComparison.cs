using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Oracles;
using ConformanceHarness.Dicom.Validation.Tests.Engine;
using ConformanceHarness.Dicom.Validation.Tests.Rules.Values;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Validation.Tests.Oracles;

/// <summary>
/// dciodvfy's errors beside ours on one file: each error of a covered kind (<see cref="DciodvfyCoverage"/>) needs one of
/// the kind's rules at the same tag (dciodvfy names no items, so the last tag of our path; any tag when it names none),
/// unless it is a known quirk (<see cref="DciodvfyQuirks"/>).
/// </summary>
internal static class DciodvfyComparison
{
    /// <summary>Skips (fails when CI=true) without dciodvfy on PATH.</summary>
    public static void RequireDciodvfy() => ExternalTool.Require(Dciodvfy.IsInstalled, "dciodvfy (dicom3tools) is not on PATH");

    /// <summary>
    /// Our findings on <paramref name="path"/>: the engine with every value rule but uid-root (<see cref="ValueRulePack"/>),
    /// the module rule for each covered module and the file meta rule.
    /// </summary>
    public static IReadOnlyList<DicomFinding> OurFindings(string path)
    {
        var modules = DciodvfyCoverage.CoveredModules.Values.Select(m =>
            "{\"requirement\": \"T-VAL-1\", \"rule\": \"module-attributes\", \"level\": \"error\", \"parameters\": {\"module\": \"" + m + "\"}}")
            .Append("""{"requirement": "T-VAL-1", "rule": "file-meta-consistent", "level": "error"}""");
        var rules = ValueRulePack.Rules().Replace("]}", ", " + string.Join(", ", modules) + "]}", StringComparison.Ordinal);
        using var folder = new TestPackFolder(rules, ValueRulePack.Catalogue);
        return new DicomConformanceEngine(DicomRulePack.Load(folder.Folder)).Validate([path]).Files[0].Findings;
    }

    /// <summary>The dciodvfy errors without a counterpart of ours, one line each.</summary>
    public static IReadOnlyList<string> Differences(string file, IReadOnlyList<DicomFinding> oracle, IReadOnlyList<DicomFinding> ours) =>
        [.. oracle.Where(f => f.IsError && DciodvfyCoverage.IsCovered(f) && !HasCounterpart(f, ours) && DciodvfyQuirks.Explain(file, f) is null)
            .Select(f => $"  dciodvfy {f}, expected one of {string.Join(", ", DciodvfyCoverage.RulesFor(f.Rule))} at {f.TagPath}")];

    private static bool HasCounterpart(DicomFinding oracle, IReadOnlyList<DicomFinding> ours)
    {
        var rules = DciodvfyCoverage.RulesFor(oracle.Rule);
        return ours.Any(f => rules.Contains(f.Rule) && (oracle.TagPath.Length == 0 || LastTag(f.TagPath) == oracle.TagPath));
    }

    private static string LastTag(string path) => path.Length < 11 ? path : path[^11..];
}
