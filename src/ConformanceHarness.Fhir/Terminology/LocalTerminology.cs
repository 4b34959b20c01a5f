using System.Collections.Concurrent;
using System.Collections.Immutable;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Support;

namespace ConformanceHarness.Fhir.Terminology;

/// <summary>
/// Value set membership over the ValueSets and CodeSystems a resolver holds. Expansions and code
/// system indexes are computed once per canonical and cached (thread-safe), so a warm check is two
/// hash lookups. Anything that cannot be enumerated locally (SNOMED CT, LOINC, partial code systems,
/// unsupported filters, import cycles, size limits) answers <see cref="CodeMembership.NotCheckable"/>
/// with the reason, never a guess.
/// </summary>
public sealed class LocalTerminology
{
    private readonly IAsyncResourceResolver _resolver;
    private readonly TerminologyOptions _options;
    private readonly ValueSetExpander _expander;
    private readonly ConcurrentDictionary<string, Lazy<Task<ValueSetExpansion?>>> _expansions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<(CodeSystemIndex?, string?)>>> _codeSystems = new(StringComparer.Ordinal);

    public LocalTerminology(IAsyncResourceResolver resolver, TerminologyOptions? options = null)
    {
        _resolver = resolver;
        _options = options ?? TerminologyOptions.Default;
        _expander = new ValueSetExpander(this, _options);
    }

    /// <summary>The expansion of the value set <paramref name="canonical"/> (<c>url</c> or <c>url|version</c>), or null when it is not found.</summary>
    public Task<ValueSetExpansion?> ExpandAsync(string canonical, CancellationToken cancellationToken = default) =>
        Shared(canonical).WaitAsync(cancellationToken);

    /// <summary>Synchronous <see cref="ExpandAsync"/>; blocks only on the first (cold) use of a value set.</summary>
    public ValueSetExpansion? Expand(string canonical)
    {
        var task = Shared(canonical);
        return task.IsCompletedSuccessfully ? task.Result : task.GetAwaiter().GetResult();
    }

    /// <summary>Is <paramref name="code"/> (of <paramref name="system"/>, or of any system when null) in the value set?</summary>
    public CodeCheckResult CheckCode(string valueSet, string? system, string code) => Check(Expand(valueSet), valueSet, system, code);

    public async Task<CodeCheckResult> CheckCodeAsync(string valueSet, string? system, string code, CancellationToken cancellationToken = default) =>
        Check(await ExpandAsync(valueSet, cancellationToken), valueSet, system, code);

    /// <summary>The local code system <paramref name="canonical"/> (<c>url</c> or <c>url|version</c>), or why there is none usable (null when simply absent).</summary>
    internal async Task<(CodeSystemIndex? Index, string? Problem)> FindCodeSystemAsync(string canonical) =>
        await _codeSystems.GetOrAdd(canonical, static (key, self) => new(() => self.LoadCodeSystemAsync(key)), this).Value;

    /// <summary>An import inside an expansion: cycles and depth are checked, and only finished cache entries are reused, so two cold expansions importing each other cannot wait on each other.</summary>
    internal async Task<ValueSetExpansion> ImportAsync(string canonical, ImmutableList<string> chain)
    {
        if (chain.Contains(canonical))
            return ValueSetExpansion.Unknown($"value set import cycle: {string.Join(" -> ", chain.Add(canonical))}");
        if (chain.Count >= _options.MaxImportDepth)
            return ValueSetExpansion.Unknown($"value set imports nest deeper than {_options.MaxImportDepth} at '{canonical}'");
        var expansion = _expansions.TryGetValue(canonical, out var cached) && cached.IsValueCreated && cached.Value.IsCompletedSuccessfully
            ? cached.Value.Result
            : await ComputeAsync(canonical, chain);
        return expansion ?? ValueSetExpansion.Unknown($"imported value set '{canonical}' was not found");
    }

    private static CodeCheckResult Check(ValueSetExpansion? expansion, string valueSet, string? system, string code) =>
        expansion?.Lookup(system, code) ?? new CodeCheckResult(CodeMembership.ValueSetNotFound, $"value set '{valueSet}' was not found");

    /// <summary>The shared expansion task; the warm path is one lookup and allocates nothing.</summary>
    private Task<ValueSetExpansion?> Shared(string canonical) =>
        (_expansions.TryGetValue(canonical, out var cached) ? cached
            : _expansions.GetOrAdd(canonical, static (key, self) => new(() => self.ComputeAsync(key, [])), this)).Value;

    /// <summary>Never throws: a resolver or data failure becomes an unknown expansion with the reason.</summary>
    private async Task<ValueSetExpansion?> ComputeAsync(string canonical, ImmutableList<string> chain)
    {
        try
        {
            var valueSet = ImplicitValueSet.TryCreate(canonical, out var implicitSet) ? implicitSet : await ResolveAsync<ValueSet>(canonical);
            return valueSet is null ? null : await _expander.ExpandAsync(valueSet, chain.Add(canonical));
        }
        catch (Exception e)
        {
            return ValueSetExpansion.Unknown($"value set '{canonical}' could not be expanded: {e.Message}");
        }
    }

    private async Task<(CodeSystemIndex?, string?)> LoadCodeSystemAsync(string canonical)
    {
        try { return (await ResolveAsync<CodeSystem>(canonical) is { } codeSystem ? CodeSystemIndex.Build(codeSystem) : null, null); }
        catch (ResolvingConflictException) { return (null, $"code system '{canonical}' exists locally in several versions and the value set names none"); }
        catch (Exception e) { return (null, $"code system '{canonical}' could not be read: {e.Message}"); }
    }

    /// <summary>
    /// Resolves <c>url|version</c>; when that exact version is absent, the one local version of <c>url</c>
    /// stands in. Core R4 binds e.g. <c>v3-NullFlavor|4.0.1</c> while the package holds v3-NullFlavor 2018-08-12,
    /// and a version label alone should not turn every such binding into "value set not known".
    /// </summary>
    private async Task<T?> ResolveAsync<T>(string canonical) where T : Resource
    {
        if ((await _resolver.TryResolveByCanonicalUriAsync(canonical)).Value is T found) return found;
        var bar = canonical.IndexOf('|');
        return bar < 0 ? null : (await _resolver.TryResolveByCanonicalUriAsync(canonical[..bar])).Value as T;
    }
}
