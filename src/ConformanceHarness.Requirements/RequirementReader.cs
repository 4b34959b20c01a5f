using System.Text.Json;

namespace ConformanceHarness.Requirements;

/// <summary>One catalogue entry, field by field, each problem named with its place (<c>requirements[3] (ON-FHIR-X): level</c>).</summary>
internal static class RequirementReader
{
    public static Requirement Read(JsonElement item, string where)
    {
        if (item.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{where}: expected an object");
        var id = Required(item, "id", where);
        where = $"{where} ({id})";
        var level = Required(item, "level", where);
        if (!RequirementCatalogue.Levels.Contains(level))
            throw new InvalidDataException($"{where}: level '{level}' is not one of {string.Join(", ", RequirementCatalogue.Levels)}");
        var implementedBy = ImplementedByItems(item, where);
        var reason = Text(item, "notImplementable", where);
        if (implementedBy.Count == 0 && string.IsNullOrWhiteSpace(reason))
            throw new InvalidDataException($"{where}: implementedBy is empty and notImplementable gives no reason");
        return new(id, Required(item, "text", where), level, Required(item, "provenance", where), Text(item, "source", where), implementedBy, reason);
    }

    private static List<ImplementedBy> ImplementedByItems(JsonElement item, string where)
    {
        if (!item.TryGetProperty("implementedBy", out var list) || list.ValueKind == JsonValueKind.Null) return [];
        if (list.ValueKind != JsonValueKind.Array) throw new InvalidDataException($"{where}: implementedBy is not an array");
        var items = new List<ImplementedBy>();
        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var text = entry.ValueKind == JsonValueKind.String ? entry.GetString()! : "";
            items.Add(ImplementedBy.Parse(text) ?? throw new InvalidDataException(
                $"{where}: implementedBy[{index}] '{text}': expected 'StructureDefinition-id#element-id', 'invariant:KEY', 'check:NAME' or 'rule:NAME'"));
            index++;
        }
        return items;
    }

    private static string Required(JsonElement item, string name, string where) =>
        Text(item, name, where) is { Length: > 0 } text ? text : throw new InvalidDataException($"{where}: '{name}' is missing or empty");

    public static string? Text(JsonElement item, string name, string where)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new InvalidDataException($"{where}: '{name}' is not a string");
    }
}
