using System.Text.Json.Nodes;

namespace ConformanceHarness.Fhir.Definitions.Repairs;

/// <summary>Reading ElementDefinitions held as JSON nodes.</summary>
internal static class ElementJson
{
    public static string PathOf(JsonNode? element) => (string?)element?["path"] ?? "";

    public static bool IsSameOrUnder(string path, string ancestor) =>
        path == ancestor || (path.StartsWith(ancestor, StringComparison.Ordinal) && path.Length > ancestor.Length && path[ancestor.Length] == '.');

    /// <summary>An element the type defines itself (its base.path is the type's own), as opposed to one inherited from Element, BackboneElement, Resource …</summary>
    public static bool IsOwn(JsonNode element, string type) =>
        (string?)element["base"]?["path"] is not { } basePath || IsSameOrUnder(basePath, type);

    /// <summary>The type codes with their profiles and target profiles, ignoring extensions on the type (which differ between views in the official primitives).</summary>
    public static string TypeSignature(JsonNode? types) => types is not JsonArray array ? "" : string.Join(", ", array.Select(type =>
        (string?)type?["code"] + Profiles(type, "profile") + Profiles(type, "targetProfile")));

    private static string Profiles(JsonNode? type, string field) =>
        type?[field] is JsonArray profiles && profiles.Count > 0 ? $" {field}({string.Join(" ", profiles.Select(p => (string?)p))})" : "";
}
