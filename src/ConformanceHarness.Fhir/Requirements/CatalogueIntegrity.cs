using ConformanceHarness.Requirements;
using ConformanceHarness.Fhir.Packages;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Requirements;

/// <summary>
/// Whether a catalogue points at things that exist in the definitions it is used with: an element item's
/// StructureDefinition (by id, in the packs) and the element id in its snapshot, an invariant key among the constraints
/// of the packs' StructureDefinitions, a check among <see cref="BusinessChecks"/>; and no item under two requirements
/// (a finding cites one). Each problem is a sentence naming the requirement and the item.
/// </summary>
public static class CatalogueIntegrity
{
    public static IReadOnlyList<string> Check(RequirementCatalogue catalogue, FhirDefinitionSet definitions)
    {
        var problems = new List<string>();
        var definitionsById = PackDefinitions(definitions);
        var keys = definitionsById.Values.SelectMany(sd => sd.Snapshot?.Element ?? []).SelectMany(e => e.Constraint).Select(c => c.Key)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var requirement in catalogue.Requirements)
            foreach (var item in requirement.ImplementedBy)
                if (Problem(item, definitionsById, keys) is { } problem) problems.Add($"{requirement.Id}: {item}: {problem}");
        foreach (var shared in catalogue.Requirements.SelectMany(r => r.ImplementedBy.Select(i => (r.Id, i.Text))).GroupBy(p => p.Text).Where(g => g.Count() > 1))
            problems.Add($"{shared.Key} is claimed by {string.Join(" and ", shared.Select(p => p.Id))}: a finding cites one requirement");
        return problems;
    }

    private static string? Problem(ImplementedBy item, IReadOnlyDictionary<string, StructureDefinition> definitions, HashSet<string> keys) => item.Kind switch
    {
        ImplementedByKind.Check => BusinessChecks.Find(item.Target) is null ? $"no business check '{item.Target}' in BusinessChecks" : null,
        ImplementedByKind.Invariant => keys.Contains(item.Target) ? null : $"no constraint with key '{item.Target}' in the packs' StructureDefinitions",
        _ => !definitions.TryGetValue(item.Target, out var sd) ? $"no StructureDefinition with id '{item.Target}' in the packs"
            : sd.Snapshot?.Element.Any(e => e.ElementId == item.ElementId) == true ? null
            : $"StructureDefinition '{item.Target}' has no element '{item.ElementId}' in its snapshot",
    };

    /// <summary>The packs' StructureDefinitions by id, each with its snapshot generated.</summary>
    private static Dictionary<string, StructureDefinition> PackDefinitions(FhirDefinitionSet definitions)
    {
        var result = new Dictionary<string, StructureDefinition>(StringComparer.Ordinal);
        foreach (var entry in definitions.Packages.SelectMany(p => p.Source.Entries))
        {
            if (entry.ResourceType != "StructureDefinition" || entry.Id is null || entry.Url is null || result.ContainsKey(entry.Id)) continue;
            if (definitions.GetSnapshotAsync(entry.Url).GetAwaiter().GetResult().Definition is { } definition) result[entry.Id] = definition;
        }
        return result;
    }
}
