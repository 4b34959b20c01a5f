using System.Text.Json.Nodes;

namespace ConformanceHarness.Dicom.Tests.Json;

/// <summary>Where two JSON trees differ, as "path: expected …, but received …" lines, for readable assertion messages.</summary>
public static class JsonDifferences
{
    public static IEnumerable<string> Between(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    if (!e.ContainsKey(key)) yield return $"{path}.{key}: expected nothing, but received {Show(a[key])}";
                    else if (!a.ContainsKey(key)) yield return $"{path}.{key}: expected {Show(e[key])}, but received nothing";
                    else foreach (var difference in Between(e[key], a[key], $"{path}.{key}")) yield return difference;
                }
                break;
            case (JsonArray e, JsonArray a) when e.Count == a.Count:
                for (var i = 0; i < e.Count; i++)
                    foreach (var difference in Between(e[i], a[i], $"{path}[{i}]")) yield return difference;
                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual)) yield return $"{path}: expected {Show(expected)}, but received {Show(actual)}";
                break;
        }
    }

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}
