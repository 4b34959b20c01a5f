using System.Text.Json;
using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Benchmarks;

/// <summary>
/// A pack of every registered rule with its default parameters (a rule whose factory needs parameters is left out and
/// named), each citing a requirement of its own, written to a temp folder; then one engine run over a folder.
/// </summary>
public static class AllRulesPack
{
    public static int Validate(string folder)
    {
        var packFolder = Path.Combine(Path.GetTempPath(), "harness-bench-pack-" + Environment.ProcessId);
        try
        {
            Write(packFolder);
            var files = Directory.GetFiles(folder, "*.dcm").Order(StringComparer.Ordinal).ToList();
            var result = new DicomConformanceEngine(DicomRulePack.Load(packFolder)).Validate(files);
            var findings = result.AllFindings.ToList();
            Console.WriteLine($"{files.Count} files, {findings.Count} findings ({findings.Count(f => f.IsError)} errors)");
            foreach (var rule in findings.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal)) Console.WriteLine($"  {rule.Key}: {rule.Count()}");
            return result.IsValid ? 0 : 1;
        }
        finally
        {
            Directory.Delete(packFolder, recursive: true);
        }
    }

    public static int Write(string packFolder)
    {
        Directory.CreateDirectory(packFolder);
        var usable = DicomRuleRegistry.All.Values.Where(Usable).Select(d => d.Name).Order(StringComparer.Ordinal).ToList();
        var rules = usable.Select(name => new { requirement = $"BENCH-{name}", rule = name });
        var requirements = usable.Select(name => new { id = $"BENCH-{name}", text = name, level = "SHALL", provenance = "DICOM", implementedBy = new[] { $"rule:{name}" } });
        File.WriteAllText(Path.Combine(packFolder, DicomRulePack.RulesFile), JsonSerializer.Serialize(new { pack = "bench-all-rules", profiles = new[] { "hospital", "ichsc" }, rules }));
        File.WriteAllText(Path.Combine(packFolder, "requirements.json"), JsonSerializer.Serialize(new { pack = "bench-all-rules", requirements }));
        Console.WriteLine($"{usable.Count} of {DicomRuleRegistry.All.Count} registered rules");
        return 0;
    }

    private static bool Usable(DicomRuleDefinition rule)
    {
        try
        {
            _ = rule.Instance?.Invoke(RuleParameters.None) ?? (object?)rule.StudySet?.Invoke(RuleParameters.None);
            return true;
        }
        catch (InvalidDataException needsParameters)
        {
            Console.Error.WriteLine($"left out {rule.Name}: {needsParameters.Message}");
            return false;
        }
    }
}
