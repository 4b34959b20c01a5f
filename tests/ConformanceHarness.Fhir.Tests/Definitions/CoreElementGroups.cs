using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Tests.Definitions;

/// <summary>
/// The element groups of a core specialization's snapshot (the type itself and each backbone element), named as
/// <c>@types/fhir</c> names its interfaces (<c>Bundle.entry.response</c> → <c>BundleEntryResponse</c>), with the names
/// of their child elements as they appear in JSON (<c>value[x]</c> of string → <c>valueString</c>).
/// </summary>
public static class CoreElementGroups
{
    public static IEnumerable<(string Name, IReadOnlySet<string> Elements)> Of(StructureDefinition definition)
    {
        var elements = definition.Snapshot!.Element.Select(e => (Path: e.Path!, Types: e.Type.Select(t => t.Code!).ToList())).ToList();
        foreach (var group in elements.Where(e => e.Path == definition.Type || elements.Any(c => IsChild(c.Path, e.Path))))
        {
            var names = elements.Where(c => IsChild(c.Path, group.Path)).SelectMany(c => JsonNames(c.Path, c.Types)).ToHashSet(StringComparer.Ordinal);
            yield return (InterfaceName(group.Path), names);
        }
    }

    private static bool IsChild(string path, string parent) =>
        path.StartsWith(parent + ".", StringComparison.Ordinal) && path.IndexOf('.', parent.Length + 1) < 0;

    private static IEnumerable<string> JsonNames(string path, List<string> types)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        return name.EndsWith("[x]", StringComparison.Ordinal) ? types.Select(t => name[..^3] + Capitalized(t)) : [name];
    }

    private static string InterfaceName(string path) => string.Concat(path.Replace("[x]", "").Split('.').Select(Capitalized));

    private static string Capitalized(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
