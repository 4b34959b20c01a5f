using System.Runtime.CompilerServices;
using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Validation.Rules;

namespace ConformanceHarness.Dicom.Validation.Engine;

/// <summary>
/// Applies a rule pack under one contributor profile: every instance rule to each instance, every study-set rule to
/// the whole set, each finding given its row's level and requirement. Files are read once, header only (up to Pixel
/// Data), and forgotten: memory stays bounded by what the study-set rules keep and one batch of
/// <see cref="BatchSize"/> headers. A file that cannot be read is a finding (<c>file cannot be parsed at offset …</c>)
/// and the run goes on. Instance rules are stateless and shared, so the files of a batch are read and judged on up to
/// <see cref="MaxDegreeOfParallelism"/> threads (each file on one); study-set rules are made anew per
/// <see cref="Validate(IEnumerable{string})"/> and see the instances in the order given, on one thread.
/// </summary>
public sealed class DicomConformanceEngine
{
    private readonly (DicomPackRow Row, DicomFindingSeverity Level, IInstanceRule Rule)[] _instanceRules;
    private readonly (DicomPackRow Row, DicomFindingSeverity Level)[] _studySetRows;
    private readonly (DicomPackRow Row, DicomFindingSeverity Level)? _readable;

    public DicomConformanceEngine(DicomRulePack pack, string? profile = null)
    {
        Pack = pack;
        Profile = profile ?? pack.DefaultProfile;
        if (!pack.Profiles.Contains(Profile)) throw new ArgumentException($"profile '{Profile}' is not one of {string.Join(", ", pack.Profiles)} (pack {pack.Name})", nameof(profile));
        var active = pack.Rows.Select(row => (Row: row, Level: row.LevelFor(Profile))).Where(r => r.Level is not null).Select(r => (r.Row, Level: r.Level!.Value)).ToList();
        _instanceRules = [.. active.Where(r => r.Row.InstanceRule is not null && r.Row.Rule.Name != EngineRules.FileReadable)
            .Select(r => (r.Row, r.Level, r.Row.InstanceRule!))];
        _studySetRows = [.. active.Where(r => r.Row.Rule.IsStudySet)];
        _readable = active.Where(r => r.Row.Rule.Name == EngineRules.FileReadable).Select(r => ((DicomPackRow, DicomFindingSeverity)?)r).FirstOrDefault();
    }

    public const int BatchSize = 64;

    public DicomRulePack Pack { get; }

    /// <summary>How many files are read and judged at once (default: one per processor; 1 runs everything on the caller's thread).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    public string Profile { get; }

    /// <summary>The instance rules over one instance already read.</summary>
    public IReadOnlyList<DicomFinding> ValidateInstance(DicomFile file, string path) => Check(new InstanceContext(file, path, Profile));

    /// <remarks>Optimised at once, like the rules' per-item loops: a whole-process run is too short for tiered compilation to reach tier 1 (perf: its thread had 0.05 % of the samples).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<DicomFinding> Check(InstanceContext instance)
    {
        var path = instance.Path;
        var findings = new List<DicomFinding>();
        foreach (var (row, level, rule) in _instanceRules)
            foreach (var finding in rule.Check(instance))
                findings.Add(finding with { Severity = level, Requirement = row.Requirement, File = path });
        return findings;
    }

    /// <summary>Every file, in the order given, then the study-set rules over all that could be read.</summary>
    public DicomValidationResult Validate(IEnumerable<string> files)
    {
        var setRules = _studySetRows.Select(r => (r.Row, r.Level, Rule: r.Row.Rule.StudySet!(r.Row.Parameters))).ToList();
        var perFile = new List<DicomFileVerdict>();
        foreach (var batch in files.Chunk(BatchSize))
            foreach (var (verdict, instance) in Inspect(batch))
            {
                perFile.Add(verdict);
                if (instance is null) continue;
                foreach (var (_, _, rule) in setRules) rule.Observe(instance);
            }
        var setFindings = setRules.SelectMany(r => r.Rule.Complete().Select(f => f with { Severity = r.Level, Requirement = r.Row.Requirement })).ToList();
        return new(perFile, setFindings);
    }

    /// <summary>Each file of <paramref name="batch"/> read and judged by the instance rules, in the batch's order.</summary>
    private (DicomFileVerdict Verdict, InstanceContext? Instance)[] Inspect(string[] batch)
    {
        var results = new (DicomFileVerdict, InstanceContext?)[batch.Length];
        if (MaxDegreeOfParallelism <= 1 || batch.Length == 1)
            for (var i = 0; i < batch.Length; i++) results[i] = Inspect(batch[i]);
        else
            Parallel.For(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism }, i => results[i] = Inspect(batch[i]));
        return results;
    }

    private (DicomFileVerdict Verdict, InstanceContext? Instance) Inspect(string path)
    {
        if (Read(path, out var error) is not { } file) return (new(path, [Unreadable(path, error!)]), null);
        var instance = new InstanceContext(file, path, Profile);
        return (new(path, Check(instance)), instance);
    }

    /// <summary>The file read header-only, or null and why not (<c>file cannot be parsed at offset …</c>).</summary>
    private static DicomFile? Read(string path, out string? error)
    {
        error = null;
        try
        {
            return DicomFile.Open(path, DicomReadOptions.HeaderOnly);
        }
        catch (DicomFormatException bad)
        {
            error = bad.Offset is { } offset ? $"file cannot be parsed at offset {offset}: {bad.Reason}" : $"file cannot be parsed: {bad.Message}";
        }
        catch (Exception bad) when (bad is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error = $"file cannot be read: {bad.Message}";
        }
        return null;
    }

    private DicomFinding Unreadable(string path, string message) =>
        new(_readable?.Level ?? DicomFindingSeverity.Error, EngineRules.FileReadable, TagPath.Root, message)
        {
            File = path,
            Requirement = _readable?.Row.Requirement,
        };
}
