using System.Text.Json.Nodes;

namespace ConformanceHarness.Fhir.Tests.Definitions;

/// <summary>What two copies of a definition disagree on, in the fields a validator reads.</summary>
internal static class DefinitionDifferences
{
    private static readonly string[] ComparedFields = ["path", "min", "max", "type", "binding", "contentReference", "sliceName", "slicing"];

    public static IEnumerable<string> Elements(JsonObject official, JsonObject ours, string part)
    {
        var officialElements = ElementsById(official, part);
        var ourElements = ElementsById(ours, part);
        foreach (var id in officialElements.Keys.Except(ourElements.Keys)) yield return $"{id} missing";
        foreach (var id in ourElements.Keys.Except(officialElements.Keys)) yield return $"{id} not in the official definition";
        foreach (var (id, element) in officialElements)
        {
            if (!ourElements.TryGetValue(id, out var ourElement)) continue;
            foreach (var field in ComparedFields.Where(f => !JsonNode.DeepEquals(element[f], ourElement[f])))
                yield return $"{id}.{field} differs";
            if (MustSupport(element) != MustSupport(ourElement)) yield return $"{id}.mustSupport differs";
            foreach (var key in ConstraintDifferences(element, ourElement)) yield return $"{id} constraint {key} differs";
            foreach (var field in ValueFields(element).Concat(ValueFields(ourElement)).Distinct()
                .Where(f => !JsonNode.DeepEquals(element[f], ourElement[f])))
                yield return $"{id}.{field} differs";
        }
    }

    public static HashSet<string> Codes(JsonObject codeSystem)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonArray? concepts)
        {
            foreach (var concept in concepts ?? [])
            {
                codes.Add(concept!["code"]!.GetValue<string>());
                Walk(concept["concept"] as JsonArray);
            }
        }
        Walk(codeSystem["concept"] as JsonArray);
        return codes;
    }

    /// <summary>An absent mustSupport means false (ElementDefinition.mustSupport has no default, but only true asks anything).</summary>
    private static bool MustSupport(JsonObject element) => element["mustSupport"] is JsonValue value && value.GetValue<bool>();

    private static Dictionary<string, JsonObject> ElementsById(JsonObject definition, string part) =>
        (definition[part]?["element"] as JsonArray ?? []).Select(e => e!.AsObject())
            .ToDictionary(e => e["id"]!.GetValue<string>(), StringComparer.Ordinal);

    private static IEnumerable<string> ConstraintDifferences(JsonObject official, JsonObject ours)
    {
        static Dictionary<string, string> ByKey(JsonObject element) =>
            (element["constraint"] as JsonArray ?? []).ToDictionary(c => c!["key"]!.GetValue<string>(), c => $"{c!["severity"]}|{c["expression"]}");
        var a = ByKey(official);
        var b = ByKey(ours);
        return a.Keys.Union(b.Keys).Where(key => a.GetValueOrDefault(key) != b.GetValueOrDefault(key));
    }

    private static IEnumerable<string> ValueFields(JsonObject element) =>
        element.Select(p => p.Key).Where(k => k.StartsWith("fixed", StringComparison.Ordinal) || k.StartsWith("pattern", StringComparison.Ordinal)
            || k is "maxLength" or "minValueInteger" or "maxValueInteger" or "minValueDecimal" or "maxValueDecimal");
}
