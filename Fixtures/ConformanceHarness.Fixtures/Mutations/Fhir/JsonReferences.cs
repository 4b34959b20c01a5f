using System.Text.Json.Nodes;

namespace ConformanceHarness.Fixtures.Mutations.Fhir;

/// <summary>Every Reference (an object with a <c>reference</c> string) under a JSON node.</summary>
internal static class JsonReferences
{
    public static IEnumerable<JsonObject> DescendantReferences(this JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["reference"] is JsonValue) yield return obj;
                foreach (var child in obj.Select(p => p.Value).OfType<JsonNode>())
                    foreach (var reference in child.DescendantReferences()) yield return reference;
                break;
            case JsonArray array:
                foreach (var reference in array.OfType<JsonNode>().SelectMany(DescendantReferences)) yield return reference;
                break;
        }
    }
}
