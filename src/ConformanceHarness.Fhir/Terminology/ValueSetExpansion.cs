namespace ConformanceHarness.Fhir.Terminology;

/// <summary>
/// The codes of an expanded value set, per system, together with what could not be enumerated:
/// systems whose membership is unknown (with the reason) or, for an import we could not expand,
/// every system. Immutable; built from include/exclude parts by <see cref="Union"/>,
/// <see cref="Except"/> and <see cref="Intersect"/>. <see cref="Empty"/> is the identity of union.
/// Uncertainty only ever widens: an exclude or intersect we cannot evaluate makes the affected
/// system unknown rather than guessing, so a lookup never gives a false "member" or "not member".
/// </summary>
public sealed class ValueSetExpansion
{
    public static readonly ValueSetExpansion Empty = new(new(), new(), null);
    private static readonly HashSet<string> NoCodes = [];

    private readonly Dictionary<string, HashSet<string>> _codes;
    private readonly Dictionary<string, string> _unknownSystems;

    private ValueSetExpansion(Dictionary<string, HashSet<string>> codes, Dictionary<string, string> unknownSystems, string? unknownAll)
    {
        _codes = codes;
        _unknownSystems = unknownSystems;
        UnknownAll = unknownAll;
        Count = codes.Values.Sum(set => set.Count);
    }

    /// <summary>Number of enumerated codes, over all systems.</summary>
    public int Count { get; }

    /// <summary>Why any code of any system may or may not be a member, or null.</summary>
    public string? UnknownAll { get; }

    /// <summary>True when every answer is known (nothing external, partial or unsupported was met).</summary>
    public bool IsComplete => UnknownAll is null && _unknownSystems.Count == 0;

    /// <summary>The systems with enumerated codes.</summary>
    public IEnumerable<string> Systems => _codes.Keys;

    /// <summary>The enumerated codes of <paramref name="system"/> (empty when none); the set compares codes as the code system does.</summary>
    public IReadOnlySet<string> CodesOf(string system) => _codes.TryGetValue(system, out var set) ? set : NoCodes;

    public IReadOnlyDictionary<string, string> UnknownSystems => _unknownSystems;

    public static ValueSetExpansion Of(string system, IEnumerable<string> codes, StringComparer comparer) =>
        new(new() { [system] = new HashSet<string>(codes, comparer) }, new(), null);

    public static ValueSetExpansion UnknownSystem(string system, string reason) => new(new(), new() { [system] = reason }, null);

    public static ValueSetExpansion Unknown(string reason) => new(new(), new(), reason);

    /// <summary>Is <paramref name="code"/> of <paramref name="system"/> a member? A null system matches a code in any system.</summary>
    public CodeCheckResult Lookup(string? system, string code)
    {
        if (system is null) return LookupInAnySystem(code);
        if (_codes.TryGetValue(system, out var set) && set.Contains(code)) return CodeCheckResult.Member;
        if (_unknownSystems.TryGetValue(system, out var reason)) return CodeCheckResult.NotCheckable(reason);
        return UnknownAll is null ? CodeCheckResult.NotMember : CodeCheckResult.NotCheckable(UnknownAll);
    }

    public ValueSetExpansion Union(ValueSetExpansion other)
    {
        if (ReferenceEquals(other, Empty)) return this;
        if (ReferenceEquals(this, Empty)) return other;
        var codes = CopyCodes(_codes);
        foreach (var (system, set) in other._codes)
            if (codes.TryGetValue(system, out var mine)) mine.UnionWith(set);
            else codes[system] = new HashSet<string>(set, set.Comparer);
        var unknown = new Dictionary<string, string>(_unknownSystems);
        foreach (var (system, reason) in other._unknownSystems) unknown.TryAdd(system, reason);
        return new(codes, unknown, UnknownAll ?? other.UnknownAll);
    }

    /// <summary>This minus <paramref name="excluded"/>; a system the exclusion cannot enumerate becomes unknown.</summary>
    public ValueSetExpansion Except(ValueSetExpansion excluded)
    {
        var codes = new Dictionary<string, HashSet<string>>();
        var unknown = new Dictionary<string, string>(_unknownSystems);
        foreach (var (system, set) in _codes)
        {
            var reason = excluded._unknownSystems.GetValueOrDefault(system) ?? excluded.UnknownAll;
            if (reason is not null) { unknown.TryAdd(system, $"exclude not checkable: {reason}"); continue; }
            var kept = new HashSet<string>(set, set.Comparer);
            if (excluded._codes.TryGetValue(system, out var removed)) kept.ExceptWith(removed);
            codes[system] = kept;
        }
        return new(codes, unknown, UnknownAll);
    }

    /// <summary>The codes in both; where either side is unknown for a system the other has, the system is unknown.</summary>
    public ValueSetExpansion Intersect(ValueSetExpansion other)
    {
        var codes = new Dictionary<string, HashSet<string>>();
        var unknown = new Dictionary<string, string>();
        foreach (var system in MentionedSystems().Union(other.MentionedSystems()))
        {
            var (mine, myReason) = StateOf(system);
            var (theirs, theirReason) = other.StateOf(system);
            if (mine is null && myReason is null || theirs is null && theirReason is null) continue;
            if (mine is not null && theirs is not null) codes[system] = new HashSet<string>(mine.Where(theirs.Contains), mine.Comparer);
            else unknown[system] = (myReason ?? theirReason)!;
        }
        var all = UnknownAll is not null && other.UnknownAll is not null ? UnknownAll : null;
        return new(codes, unknown, all);
    }

    private IEnumerable<string> MentionedSystems() => _codes.Keys.Concat(_unknownSystems.Keys);

    /// <summary>(known codes, null), (null, reason) when unknown, or (null, null) when certainly absent.</summary>
    private (HashSet<string>? Codes, string? Reason) StateOf(string system) =>
        _unknownSystems.TryGetValue(system, out var reason) ? (null, reason)
        : _codes.TryGetValue(system, out var set) ? (set, null)
        : (null, UnknownAll);

    private CodeCheckResult LookupInAnySystem(string code)
    {
        foreach (var set in _codes.Values)
            if (set.Contains(code)) return CodeCheckResult.Member;
        var reason = UnknownAll ?? _unknownSystems.Values.FirstOrDefault();
        return reason is null ? CodeCheckResult.NotMember : CodeCheckResult.NotCheckable(reason);
    }

    private static Dictionary<string, HashSet<string>> CopyCodes(Dictionary<string, HashSet<string>> source) =>
        source.ToDictionary(pair => pair.Key, pair => new HashSet<string>(pair.Value, pair.Value.Comparer));
}
