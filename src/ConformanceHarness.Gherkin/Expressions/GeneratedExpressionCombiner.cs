using System.Globalization;
using System.Text;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>Expands the parameter type candidates of each slot into every combination (up to a maximum).</summary>
internal static class GeneratedExpressionCombiner
{
    /// <param name="literals">Escaped literal text; one more than there are slots.</param>
    /// <param name="slots">For each parameter position, the candidate types, best first.</param>
    public static IReadOnlyList<GeneratedExpression> Combine(
        List<string> literals, List<IReadOnlyList<ParameterType>> slots, int max)
    {
        var results = new List<GeneratedExpression>();
        Combine(literals, slots, [], results, max);
        return results;
    }

    private static void Combine(
        List<string> literals, List<IReadOnlyList<ParameterType>> slots, List<ParameterType> chosen, List<GeneratedExpression> results, int max)
    {
        if (results.Count >= max)
        {
            return;
        }

        if (chosen.Count == slots.Count)
        {
            results.Add(Create(literals, chosen));
            return;
        }

        foreach (var type in slots[chosen.Count])
        {
            chosen.Add(type);
            Combine(literals, slots, chosen, results, max);
            chosen.RemoveAt(chosen.Count - 1);
        }
    }

    private static GeneratedExpression Create(List<string> literals, List<ParameterType> types)
    {
        var source = new StringBuilder(literals[0]);
        var names = new List<string>(types.Count);
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < types.Count; i++)
        {
            source.Append('{').Append(types[i].Name).Append('}').Append(literals[i + 1]);
            var count = usage[types[i].Name] = usage.GetValueOrDefault(types[i].Name) + 1;
            names.Add(types[i].Name + count.ToString(CultureInfo.InvariantCulture));
        }

        return new GeneratedExpression(source.ToString(), names, [.. types.Select(t => t.ValueType)]);
    }
}
