using System.Collections.Immutable;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace ConformanceHarness.Fhir.Terminology;

/// <summary>
/// Expands one ValueSet from its <c>compose</c> (FHIR R4 §4.9.5): the union of the includes minus
/// the excludes, each part being explicit concepts, filters (ANDed), a whole complete code system,
/// and/or imported value sets (intersected with the rest of the part). A value set without
/// <c>compose</c> falls back to its stored <c>expansion.contains</c>.
/// </summary>
internal sealed class ValueSetExpander(LocalTerminology terminology, TerminologyOptions options)
{
    /// <param name="chain">The canonicals being expanded, outermost first, this one last (for cycle detection).</param>
    public async Task<ValueSetExpansion> ExpandAsync(ValueSet valueSet, ImmutableList<string> chain)
    {
        if (valueSet.Compose is not { } compose) return await FromStoredExpansionAsync(valueSet);
        var result = ValueSetExpansion.Empty;
        foreach (var include in compose.Include)
        {
            result = result.Union(await ExpandPartAsync(include, chain));
            if (result.Count > options.MaxExpansionSize) return TooLarge(chain[^1]);
        }
        foreach (var exclude in compose.Exclude)
            result = result.Except(await ExpandPartAsync(exclude, chain));
        return result;
    }

    private async Task<ValueSetExpansion> ExpandPartAsync(ValueSet.ConceptSetComponent part, ImmutableList<string> chain)
    {
        var result = part.System is { Length: > 0 } system ? await ExpandSystemAsync(system, part) : null;
        foreach (var canonical in part.ValueSet.OfType<string>())
        {
            var imported = await terminology.ImportAsync(canonical, chain);
            result = result is null ? imported : result.Intersect(imported);
        }
        return result ?? ValueSetExpansion.Empty;
    }

    /// <remarks>The version comes from <c>include.version</c>, or from a <c>system|version</c> written into <c>include.system</c> (as some core v2 value sets do); codes are keyed by the bare system, as Codings carry it.</remarks>
    private async Task<ValueSetExpansion> ExpandSystemAsync(string includeSystem, ValueSet.ConceptSetComponent part)
    {
        var (system, version) = includeSystem.IndexOf('|') is var bar and > 0 ? (includeSystem[..bar], includeSystem[(bar + 1)..]) : (includeSystem, part.Version);
        var canonical = string.IsNullOrEmpty(version) ? system : $"{system}|{version}";
        var (codeSystem, problem) = await terminology.FindCodeSystemAsync(canonical);
        if (part.Concept.Count > 0)
            return ValueSetExpansion.Of(system, part.Concept.Select(c => c.Code).OfType<string>(), codeSystem?.Comparer ?? StringComparer.Ordinal);
        if (codeSystem is null) return ValueSetExpansion.UnknownSystem(system, problem ?? $"code system '{canonical}' is not available locally");
        if (codeSystem.Content != CodeSystemContentMode.Complete)
            return ValueSetExpansion.UnknownSystem(system, $"code system '{system}' is not complete locally (content '{codeSystem.Content?.GetLiteral() ?? "absent"}')");
        if (part.Filter.Count == 0) return ValueSetExpansion.Of(system, codeSystem.Codes.Where(codeSystem.IsSelectable), codeSystem.Comparer);
        return part.Filter.Select(filter => ConceptFilter.Apply(codeSystem, filter)).Aggregate((a, b) => a.Intersect(b));
    }

    /// <summary>A stored expansion counts only when it is whole (<c>total</c> absent or equal to what is listed).</summary>
    private async Task<ValueSetExpansion> FromStoredExpansionAsync(ValueSet valueSet)
    {
        if (valueSet.Expansion is not { } expansion)
            return ValueSetExpansion.Unknown($"value set '{valueSet.Url}' has neither compose nor expansion");
        var contains = Flatten(expansion.Contains).Where(c => c.System is not null && c.Code is not null).ToList();
        if (expansion.Total is { } total && total != contains.Count)
            return ValueSetExpansion.Unknown($"the stored expansion of value set '{valueSet.Url}' lists {contains.Count} of {total} codes");
        var result = ValueSetExpansion.Empty;
        foreach (var group in contains.GroupBy(c => c.System!))
        {
            var (codeSystem, _) = await terminology.FindCodeSystemAsync(group.Key);
            result = result.Union(ValueSetExpansion.Of(group.Key, group.Select(c => c.Code!), codeSystem?.Comparer ?? StringComparer.Ordinal));
        }
        return result;
    }

    private static IEnumerable<ValueSet.ContainsComponent> Flatten(IEnumerable<ValueSet.ContainsComponent> contains) =>
        contains.SelectMany(c => Flatten(c.Contains).Prepend(c));

    private ValueSetExpansion TooLarge(string canonical) =>
        ValueSetExpansion.Unknown($"the expansion of value set '{canonical}' exceeds {options.MaxExpansionSize} codes");
}
