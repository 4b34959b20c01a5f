using System.Text.Json.Nodes;

namespace ConformanceHarness.Fhir.Definitions.Repairs;

/// <summary>Removes type profiles and target profiles that point outside the FHIR core (a core definition only refers to core definitions).</summary>
internal static class ForeignProfileRepair
{
    public static void Apply(string url, string part, JsonArray elements, List<DefinitionRepair> log)
    {
        foreach (var element in elements.OfType<JsonObject>())
            foreach (var type in (element["type"] as JsonArray ?? []).OfType<JsonObject>())
                foreach (var field in new[] { "profile", "targetProfile" })
                {
                    if (type[field] is not JsonArray profiles) continue;
                    var foreign = profiles.Where(p => !((string?)p ?? "").StartsWith(CoreDefinitionRepairs.CoreProfilePrefix, StringComparison.Ordinal)).ToList();
                    if (foreign.Count == 0) continue;
                    foreach (var profile in foreign) profiles.Remove(profile);
                    if (profiles.Count == 0) type.Remove(field);
                    log.Add(new(url, part, ElementJson.PathOf(element),
                        $"removed {field} {string.Join(", ", foreign.Select(p => (string?)p))} (outside {CoreDefinitionRepairs.CoreProfilePrefix})"));
                }
    }
}
