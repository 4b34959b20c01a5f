using System.Text;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>Proposes Cucumber Expressions for an undefined step's text, for snippets.</summary>
public sealed class CucumberExpressionGenerator
{
    /// <summary>At most this many expressions are generated for one step text.</summary>
    public const int MaxExpressions = 256;

    private readonly ParameterTypeRegistry _registry;

    public CucumberExpressionGenerator(ParameterTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
    }

    /// <summary>
    /// Replaces, from left to right, the earliest and then longest whole-word match of a snippet parameter type
    /// with <c>{name}</c>; where several types tie, one expression per combination is produced, preferential types
    /// first. Literal text has ( ) { } / \ escaped. The first expression is the best.
    /// </summary>
    public IReadOnlyList<GeneratedExpression> Generate(string stepText)
    {
        ArgumentNullException.ThrowIfNull(stepText);
        var matchers = _registry.All
            .Where(type => type.UseForSnippets)
            .SelectMany(type => type.RegularExpressions.Select(pattern => new SnippetParameterMatcher(type, pattern)))
            .ToList();
        var literals = new List<string>();
        var slots = new List<IReadOnlyList<ParameterType>>();
        var position = 0;
        while (position < stepText.Length && FindBest(matchers, stepText, position) is { } best)
        {
            literals.Add(Escape(stepText[position..best.Start]));
            slots.Add(best.Types);
            position = best.Start + best.Length;
        }

        literals.Add(Escape(stepText[position..]));
        return GeneratedExpressionCombiner.Combine(literals, slots, MaxExpressions);
    }

    private static (int Start, int Length, IReadOnlyList<ParameterType> Types)? FindBest(
        List<SnippetParameterMatcher> matchers, string text, int position)
    {
        var found = matchers
            .Select(matcher => (matcher.Type, Match: matcher.FindFrom(text, position)))
            .Where(candidate => candidate.Match is not null)
            .Select(candidate => (candidate.Type, candidate.Match!.Value.Start, candidate.Match.Value.Length))
            .ToList();
        if (found.Count == 0)
        {
            return null;
        }

        var start = found.Min(f => f.Start);
        var length = found.Where(f => f.Start == start).Max(f => f.Length);
        var types = found
            .Where(f => f.Start == start && f.Length == length)
            .Select(f => f.Type)
            .Distinct()
            .OrderBy(t => t.PreferForRegularExpressionMatch ? 0 : 1)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        return (start, length, types);
    }

    /// <summary>Escapes the characters that are special in Cucumber Expressions: ( ) { } / \</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '(' or ')' or '{' or '}' or '/')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
