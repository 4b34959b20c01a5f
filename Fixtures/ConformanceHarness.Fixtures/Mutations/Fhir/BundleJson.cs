using System.Text.Json.Nodes;

namespace ConformanceHarness.Fixtures.Mutations.Fhir;

/// <summary>Finding and editing entries, resources and identifiers in a Bundle's JSON, for the mutations.</summary>
internal static class BundleJson
{
    public static IEnumerable<JsonObject> Entries(JsonObject bundle) => bundle["entry"]!.AsArray().Select(e => e!.AsObject());

    /// <summary>The <paramref name="index"/>th entry whose resource is a <paramref name="type"/>.</summary>
    /// <exception cref="InvalidOperationException">The bundle has no such entry.</exception>
    public static JsonObject Entry(JsonObject bundle, string type, int index = 0) =>
        Entries(bundle).Where(e => TypeOf(e) == type).ElementAtOrDefault(index)
        ?? throw new InvalidOperationException($"the bundle has no {type} entry number {index + 1}");

    public static JsonObject Resource(JsonObject bundle, string type, int index = 0) => Entry(bundle, type, index)["resource"]!.AsObject();

    public static string FullUrl(JsonObject bundle, string type, int index = 0) => (string)Entry(bundle, type, index)["fullUrl"]!;

    public static void RemoveEntries(JsonObject bundle, params string[] types)
    {
        var entries = bundle["entry"]!.AsArray();
        foreach (var entry in entries.Where(e => types.Contains(TypeOf(e!.AsObject()))).ToList()) entries.Remove(entry);
    }

    /// <summary>The identifier typed <paramref name="typeCode"/> (v2-0203), or, for a system, the identifier of that system.</summary>
    public static JsonObject Identifier(JsonObject resource, string typeCodeOrSystem) =>
        resource["identifier"]!.AsArray().Select(i => i!.AsObject()).FirstOrDefault(i => (string?)i["system"] == typeCodeOrSystem
            || (string?)i["type"]?["coding"]?[0]?["code"] == typeCodeOrSystem)
        ?? throw new InvalidOperationException($"the {resource["resourceType"]} has no identifier '{typeCodeOrSystem}'");

    public static void RemoveIdentifier(JsonObject resource, string typeCodeOrSystem) => resource["identifier"]!.AsArray().Remove(Identifier(resource, typeCodeOrSystem));

    /// <summary>Points the entry's conditional update at <paramref name="identifier"/> (one the resource keeps), so only the intended rule breaks.</summary>
    public static void UpdateOn(JsonObject entry, JsonObject identifier) =>
        entry["request"]!["url"] = $"{TypeOf(entry)}?identifier={identifier["system"]}|{identifier["value"]}";

    /// <summary>A new, distinct urn:uuid (a fixed, recognisable one per <paramref name="n"/>).</summary>
    public static string NewUuid(int n) => $"urn:uuid:00000000-0000-4000-8000-{n:D12}";

    private static string? TypeOf(JsonObject entry) => (string?)entry["resource"]?["resourceType"];
}
