using System.Text.Json;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules;
using ConformanceHarness.Dicom.Validation.Tests.Engine;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet;

/// <summary>
/// Runs every study-set rule (each citing requirement <c>T-SET-&lt;rule&gt;</c>) over a set written to a temp folder,
/// with the parameters given for a rule; the findings about the set are the result.
/// </summary>
public sealed class StudySetRun : IDisposable
{
    private readonly TestPackFolder _pack;

    public StudySetRun(IReadOnlyDictionary<string, object>? parameters = null)
    {
        var names = StudySetRuleSet.Definitions.Select(d => d.Name).ToList();
        var rules = names.Select(name => new Dictionary<string, object?>
        {
            ["requirement"] = $"T-SET-{name}", ["rule"] = name, ["parameters"] = parameters?.GetValueOrDefault(name),
        });
        var requirements = names.Select(name => new { id = $"T-SET-{name}", text = name, level = "SHALL", provenance = "DICOM", implementedBy = new[] { $"rule:{name}" } });
        _pack = new TestPackFolder(JsonSerializer.Serialize(new { pack = "test-dicom", profiles = new[] { "hospital" }, rules }),
            JsonSerializer.Serialize(new { pack = "test-dicom", requirements }));
    }

    public string Folder => Path.Combine(_pack.Folder, "set");

    public IReadOnlyList<DicomFinding> Validate(IEnumerable<DicomDataset> set) => ValidateFiles(StudySetExamples.Write(Folder, set));

    public IReadOnlyList<DicomFinding> ValidateFiles(IReadOnlyList<string> files)
    {
        var result = new DicomConformanceEngine(DicomRulePack.Load(_pack.Folder)).Validate(files);
        Assert.All(result.Files, verdict => Assert.Empty(verdict.Findings));
        return result.SetFindings;
    }

    /// <summary>The one finding of a set that breaks one rule, checked to be that rule's, citing its requirement.</summary>
    public static DicomFinding Single(IReadOnlyList<DicomFinding> findings, string rule)
    {
        var finding = Assert.Single(findings);
        Assert.Equal((rule, $"T-SET-{rule}"), (finding.Rule, finding.Requirement?.Id));
        return finding;
    }

    public void Dispose() => _pack.Dispose();
}
