using System.Text.Json.Nodes;

namespace ConformanceHarness.Fhir.Tests.Definitions;

/// <summary>Small hand-written StructureDefinitions in the shape of the core ones, to test repairs element by element.</summary>
public static class SyntheticDefinitions
{
    /// <summary>An element: <paramref name="basePath"/> defaults to the path (an own element); types are codes, or code>target1,target2.</summary>
    public static JsonObject Element(string path, string? basePath = null, params string[] types)
    {
        var element = new JsonObject { ["id"] = path, ["path"] = path, ["min"] = 0, ["max"] = "1" };
        if (basePath != "") element["base"] = new JsonObject { ["path"] = basePath ?? path, ["min"] = 0, ["max"] = "1" };
        if (types.Length > 0) element["type"] = new JsonArray([.. types.Select(Type)]);
        return element;
    }

    public static JsonObject Specialization(string type, JsonObject[] differential, JsonObject[] snapshot) => new()
    {
        ["resourceType"] = "StructureDefinition",
        ["id"] = type,
        ["url"] = "http://hl7.org/fhir/StructureDefinition/" + type,
        ["type"] = type,
        ["derivation"] = "specialization",
        ["snapshot"] = new JsonObject { ["element"] = new JsonArray([.. snapshot]) },
        ["differential"] = new JsonObject { ["element"] = new JsonArray([.. differential]) },
    };

    public static JsonObject Ele1() => new()
    {
        ["key"] = "ele-1", ["severity"] = "error", ["expression"] = "hasValue() or (children().count() > id.count())",
    };

    public static IReadOnlyList<string> Paths(JsonObject definition, string part) =>
        [.. definition[part]!["element"]!.AsArray().Select(e => (string)e!["path"]!)];

    public static JsonObject Find(JsonObject definition, string part, string path) =>
        definition[part]!["element"]!.AsArray().OfType<JsonObject>().Single(e => (string?)e["path"] == path);

    private static JsonNode Type(string spec)
    {
        var parts = spec.Split('>');
        var type = new JsonObject { ["code"] = parts[0] };
        if (parts.Length > 1) type["targetProfile"] = new JsonArray([.. parts[1].Split(',').Select(p => (JsonNode)JsonValue.Create(p)!)]);
        return type;
    }
}
