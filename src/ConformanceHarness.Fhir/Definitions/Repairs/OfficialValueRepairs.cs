using System.Text.Json.Nodes;

namespace ConformanceHarness.Fhir.Definitions.Repairs;

/// <summary>
/// Value changes a redistributor made that no comparison inside its own copy reveals (a constraint rewritten, a
/// binding pointed at another value set, an R5 cardinality, a code added to a code system), and the resources it
/// added. The table, <c>official-values.json</c>, is derived from HL7's own publication of the same release
/// (<c>hl7.fhir.r4.examples#4.0.1</c>) by <c>tools/fhir/derive-official-value-repairs.mjs</c>; each entry puts back
/// the published value. Applied after <see cref="CoreDefinitionRepairs"/>, so an element already removed is skipped.
/// </summary>
public sealed class OfficialValueRepairs
{
    private readonly HashSet<string> _removed;
    private readonly ILookup<string, JsonObject> _elements;
    private readonly Dictionary<string, JsonObject> _codeSystems;

    private OfficialValueRepairs(JsonObject table)
    {
        _removed = [.. (table["removeResources"] as JsonArray ?? []).Select(f => (string)f!)];
        _elements = (table["elements"] as JsonArray ?? []).Select(e => e!.AsObject()).ToLookup(e => (string)e["url"]!);
        _codeSystems = (table["codeSystems"] as JsonArray ?? []).Select(c => c!.AsObject()).ToDictionary(c => (string)c["url"]!);
    }

    public static OfficialValueRepairs Table { get; } = Load();

    /// <summary>True for a resource (by its package file name) that the official release does not hold.</summary>
    public bool IsAddition(string fileName) => _removed.Contains(fileName);

    public IReadOnlyList<DefinitionRepair> Apply(JsonObject resource)
    {
        var url = (string?)resource["url"] ?? "";
        var log = new List<DefinitionRepair>();
        foreach (var entry in _elements[url]) SetElementValue(resource, entry, log);
        if (_codeSystems.TryGetValue(url, out var codeSystem) && (string?)resource["resourceType"] == "CodeSystem")
            RepairCodes(resource, codeSystem, log);
        return log;
    }

    private static void SetElementValue(JsonObject resource, JsonObject entry, List<DefinitionRepair> log)
    {
        var view = (string)entry["view"]!;
        var id = (string)entry["id"]!;
        var field = (string)entry["field"]!;
        var element = (resource[view]?["element"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(e => (string?)e["id"] == id);
        if (element is null || JsonNode.DeepEquals(element[field], entry["value"])) return;
        if (entry["value"] is null) element.Remove(field);
        else element[field] = entry["value"]!.DeepClone();
        log.Add(new((string)entry["url"]!, view, id, $"{field} set to the published value"));
    }

    private static void RepairCodes(JsonObject codeSystem, JsonObject repair, List<DefinitionRepair> log)
    {
        var url = (string)repair["url"]!;
        var remove = (repair["removeCodes"] as JsonArray ?? []).Select(c => (string)c!).ToHashSet(StringComparer.Ordinal);
        if (codeSystem["concept"] is JsonArray concepts) RemoveCodes(concepts, remove);
        foreach (var code in remove) log.Add(new(url, "concept", code, "removed (not in the published code system)"));
        var added = repair["addConcepts"] as JsonArray ?? [];
        if (added.Count == 0) return;
        if (codeSystem["concept"] is not JsonArray target) codeSystem["concept"] = target = [];
        foreach (var concept in added)
        {
            target.Add(concept!.DeepClone());
            log.Add(new(url, "concept", (string)concept!["code"]!, "added back (in the published code system)"));
        }
    }

    private static void RemoveCodes(JsonArray concepts, HashSet<string> remove)
    {
        for (var i = concepts.Count - 1; i >= 0; i--)
            if (remove.Contains((string?)concepts[i]?["code"] ?? "")) concepts.RemoveAt(i);
            else if (concepts[i]?["concept"] is JsonArray children) RemoveCodes(children, remove);
    }

    private static OfficialValueRepairs Load()
    {
        using var stream = typeof(OfficialValueRepairs).Assembly.GetManifestResourceStream("official-values.json")
            ?? throw new InvalidOperationException("official-values.json is not embedded in ConformanceHarness.Fhir");
        return new(JsonNode.Parse(stream)!.AsObject());
    }
}
