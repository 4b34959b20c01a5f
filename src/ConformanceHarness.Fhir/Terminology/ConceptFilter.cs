using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace ConformanceHarness.Fhir.Terminology;

/// <summary>
/// Evaluates one <c>ValueSet.compose.include.filter</c> against a complete local CodeSystem
/// (FHIR R4 §4.9.5.1, filter-operator). Supported: <c>is-a</c>, <c>descendent-of</c>,
/// <c>is-not-a</c>, <c>in</c>, <c>regex</c> on the concept/code, <c>=</c> on <c>parent</c>
/// or on a declared concept property. Anything else gives an unknown expansion, never a guess.
/// </summary>
public static class ConceptFilter
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public static ValueSetExpansion Apply(CodeSystemIndex codeSystem, ValueSet.FilterComponent filter)
    {
        var property = filter.Property ?? "";
        var value = filter.Value ?? "";
        var onConcept = property is "concept" or "code";
        var (codes, reason) = (filter.Op, onConcept) switch
        {
            (FilterOperator.IsA, true) => Known(codeSystem, value, code => [code, .. codeSystem.Descendants(code)]),
            (FilterOperator.DescendentOf, true) => Known(codeSystem, value, codeSystem.Descendants),
            (FilterOperator.IsNotA, true) => Known(codeSystem, value, code => codeSystem.Codes.Except([code, .. codeSystem.Descendants(code)], codeSystem.Comparer)),
            (FilterOperator.In, true) => (value.Split(',', StringSplitOptions.TrimEntries).Where(codeSystem.Contains), null),
            (FilterOperator.Regex, true) => Matching(codeSystem, value),
            (FilterOperator.Equal, true) => Known(codeSystem, value, code => [code]),
            (FilterOperator.Equal, false) when property == "parent" => Known(codeSystem, value, codeSystem.Children),
            (FilterOperator.Equal, false) when codeSystem.DefinedProperties.Contains(property) => (WithProperty(codeSystem, property, value), null),
            _ => (null, $"filter '{property} {Describe(filter.Op)} {value}' is not supported on code system '{codeSystem.Url}'"),
        };
        return codes is null ? ValueSetExpansion.UnknownSystem(codeSystem.Url, reason!)
            : ValueSetExpansion.Of(codeSystem.Url, codes.Where(codeSystem.IsSelectable), codeSystem.Comparer);
    }

    /// <summary>A hierarchy filter whose anchor code is not in the code system cannot be evaluated.</summary>
    private static (IEnumerable<string>?, string?) Known(CodeSystemIndex codeSystem, string code, Func<string, IEnumerable<string>> codes) =>
        codeSystem.Contains(code) ? (codes(code), null)
        : (null, $"filter value '{code}' is not a code of code system '{codeSystem.Url}'");

    private static (IEnumerable<string>?, string?) Matching(CodeSystemIndex codeSystem, string pattern)
    {
        try
        {
            var regex = new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant, RegexTimeout);
            return ([.. codeSystem.Codes.Where(code => regex.IsMatch(code))], null);
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            return (null, $"regex filter '{pattern}' could not be evaluated: {e.Message}");
        }
    }

    private static IEnumerable<string> WithProperty(CodeSystemIndex codeSystem, string property, string value) =>
        codeSystem.Concepts
            .Where(pair => pair.Value.Property.Any(p => p.Code == property && ValueText(p.Value) == value))
            .Select(pair => pair.Key);

    /// <summary>The property value as it is written in FHIR JSON (<c>true</c>, <c>42</c>, a code).</summary>
    private static string? ValueText(DataType? value) => value switch
    {
        Coding coding => coding.Code,
        PrimitiveType primitive => primitive.ToString(),
        _ => null,
    };

    private static string Describe(FilterOperator? op) => op?.GetLiteral() ?? "(no op)";
}
