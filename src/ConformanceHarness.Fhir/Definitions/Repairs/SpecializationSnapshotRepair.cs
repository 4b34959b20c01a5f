using System.Text.Json.Nodes;

namespace ConformanceHarness.Fhir.Definitions.Repairs;

/// <summary>
/// For a core specialization the differential defines every element of the type, so its snapshot must hold exactly the
/// differential's elements (with the same types) plus the ones inherited from its base (Element.id,
/// BackboneElement.modifierExtension, DomainResource.text …). The snapshot is brought back to that:
/// <list type="bullet">
/// <item>an own element (base.path within the type) absent from the differential is removed, with its children;</item>
/// <item>a differential element absent from the snapshot is put back from the differential (base = itself, ele-1);</item>
/// <item>an element whose type codes or profiles differ from the differential's takes the differential's types.</item>
/// </list>
/// Order is kept: each inherited element stays after the differential element it followed.
/// </summary>
internal static class SpecializationSnapshotRepair
{
    public static void Apply(string url, string type, JsonArray differential, JsonArray snapshot, List<DefinitionRepair> log)
    {
        var expected = differential.OfType<JsonObject>().GroupBy(ElementJson.PathOf).ToDictionary(g => g.Key, g => g.First());
        var kept = new Dictionary<string, JsonObject>();
        var inheritedAfter = new Dictionary<string, List<JsonObject>>();
        var removed = new List<string>();
        string? anchor = null;
        foreach (var element in snapshot.OfType<JsonObject>())
        {
            var path = ElementJson.PathOf(element);
            if (expected.ContainsKey(path)) { kept[path] = element; inheritedAfter[anchor = path] = []; }
            else if (removed.Any(r => ElementJson.IsSameOrUnder(path, r)) || ElementJson.IsOwn(element, type) || anchor is null)
            {
                removed.Add(path);
                log.Add(new(url, "snapshot", path, "removed (not in the differential of this core specialization)"));
            }
            else inheritedAfter[anchor].Add(element);
        }
        foreach (var (path, element) in kept) ResetTypes(url, element, expected[path], log);
        var missing = expected.Keys.Where(p => !kept.ContainsKey(p)).ToList();
        if (removed.Count == 0 && missing.Count == 0) return;
        var constraint = ElementConstraint(snapshot);
        snapshot.Clear();
        foreach (var (path, definition) in expected)
        {
            snapshot.Add(kept.GetValueOrDefault(path) ?? Restored(url, definition, constraint, log));
            foreach (var inherited in inheritedAfter.GetValueOrDefault(path) ?? []) snapshot.Add(inherited);
        }
    }

    private static void ResetTypes(string url, JsonObject element, JsonObject definition, List<DefinitionRepair> log)
    {
        if (definition["type"] is not JsonArray types) return;
        var found = ElementJson.TypeSignature(element["type"]);
        var wanted = ElementJson.TypeSignature(types);
        if (found == wanted) return;
        element["type"] = types.DeepClone();
        log.Add(new(url, "snapshot", ElementJson.PathOf(element), $"type reset from [{found}] to the differential's [{wanted}]"));
    }

    /// <summary>A snapshot element built from its differential: base is the element itself, and it carries ele-1 as every element does.</summary>
    private static JsonObject Restored(string url, JsonObject definition, JsonNode? eleConstraint, List<DefinitionRepair> log)
    {
        var element = new JsonObject();
        foreach (var (name, value) in definition)
        {
            element[name] = value?.DeepClone();
            if (name == "max")
                element["base"] = new JsonObject { ["path"] = definition["path"]?.DeepClone(), ["min"] = definition["min"]?.DeepClone(), ["max"] = value?.DeepClone() };
        }
        if (eleConstraint is null) { }
        else if (element["constraint"] is not JsonArray constraints) element["constraint"] = new JsonArray(eleConstraint.DeepClone());
        else if (!constraints.Any(c => (string?)c?["key"] == "ele-1")) constraints.Insert(0, eleConstraint.DeepClone());
        log.Add(new(url, "snapshot", ElementJson.PathOf(definition), "restored from the differential (missing from the snapshot)"));
        return element;
    }

    private static JsonNode? ElementConstraint(JsonArray snapshot) => snapshot
        .SelectMany(e => e?["constraint"] as JsonArray ?? [])
        .FirstOrDefault(c => (string?)c?["key"] == "ele-1");
}
