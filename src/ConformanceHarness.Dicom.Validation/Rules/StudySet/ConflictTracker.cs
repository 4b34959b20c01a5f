using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.StudySet;

/// <summary>
/// The bounded memory of a study-set rule: per key only the first value and the file it came from, and per
/// conflicting value (rare) its first file and how many more files showed it. One finding per conflicting value,
/// naming its first file (<see cref="DicomFinding.File"/>) and, in the message, the file with the first value.
/// With <c>repeats</c> it reports a value seen again in another file instead (a copy of the same instance).
/// </summary>
public sealed class ConflictTracker(string rule, bool repeats = false)
{
    private readonly Dictionary<string, (string Value, string File)> _first = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Key, string Value), Conflict> _conflicts = [];
    private readonly HashSet<string> _values = new(StringComparer.Ordinal);

    /// <summary>How many per-key summaries are kept: one per key, whatever the number of instances.</summary>
    public int RetainedEntries => _first.Count + _conflicts.Count;

    public void Observe(Observation seen, string file)
    {
        if (!_first.TryGetValue(seen.Key, out var first))
        {
            _first.Add(seen.Key, (Shared(seen.Value), file));
            return;
        }
        if (string.Equals(first.Value, seen.Value, StringComparison.Ordinal) != repeats || (repeats && first.File == file)) return;
        if (_conflicts.TryGetValue((seen.Key, seen.Value), out var known)) known.More++;
        else _conflicts.Add((seen.Key, seen.Value), new Conflict(seen, file, first.Value, first.File));
    }

    public IEnumerable<DicomFinding> Complete() => _conflicts.Values.Select(ToFinding);

    private DicomFinding ToFinding(Conflict c)
    {
        var others = c.More == 0 ? "" : $" (and {c.More} more file{(c.More == 1 ? "" : "s")} with that value)";
        var message = repeats
            ? $"{c.Seen.Subject(c.Seen.Key)}: the same '{Shown(c.Seen.Value)}' again in {c.File}{others}, first in {c.FirstFile}"
            : $"{c.Seen.Subject(c.Seen.Key)}: '{Shown(c.Seen.Value)}' in {c.File}{others} versus '{Shown(c.FirstValue)}' in {c.FirstFile}";
        return new(DicomFindingSeverity.Error, rule, c.Seen.Tag.ToString(), message, c.Seen.Value) { File = c.File };
    }

    /// <summary>One string per distinct value: thousands of instances of one series keep one copy of its place.</summary>
    private string Shared(string value)
    {
        if (_values.TryGetValue(value, out var known)) return known;
        _values.Add(value);
        return value;
    }

    private static string Shown(string value) => value.Length == 0 ? "(no value)" : value;

    private sealed class Conflict(Observation seen, string file, string firstValue, string firstFile)
    {
        public Observation Seen { get; } = seen;

        public string File { get; } = file;

        public string FirstValue { get; } = firstValue;

        public string FirstFile { get; } = firstFile;

        public int More { get; set; }
    }
}
