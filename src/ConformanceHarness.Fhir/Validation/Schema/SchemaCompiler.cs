using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.Schema;

/// <summary>
/// Builds the element tree of a snapshot from element ids (PS: FHIR R4 §2.30.0.2 element ids): the parent of
/// <c>A.b.c</c> is <c>A.b</c>; an id whose last segment is <c>b:name</c> is a slice of the entry <c>A.b</c>; children of a
/// slice follow it (<c>A.b:name.c</c>). Snapshots without ids (rare, old tools) fall back to paths, where a
/// <c>sliceName</c> makes an element a slice of the previous element with the same path.
/// </summary>
public static class SchemaCompiler
{
    public static StructureSchema Compile(StructureDefinition definition)
    {
        var elements = definition.Snapshot?.Element
            ?? throw new ArgumentException($"StructureDefinition {definition.Url} has no snapshot", nameof(definition));
        if (elements.Count == 0) throw new ArgumentException($"StructureDefinition {definition.Url} has an empty snapshot", nameof(definition));
        var profile = definition.Url ?? "(no url)";
        var byId = new Dictionary<string, ElementSchema>(StringComparer.Ordinal);
        ElementSchema? root = null;
        foreach (var element in elements)
        {
            var schema = new ElementSchema(element, profile);
            var id = IdOf(element, byId);
            byId[id] = schema;
            if (root is null) { root = schema; continue; }
            Attach(schema, id, byId, profile);
        }
        foreach (var schema in byId.Values)
            if (schema.Definition.ContentReference is { Length: > 1 } reference)
                schema.ContentReference = byId.GetValueOrDefault(reference[(reference.IndexOf('#') + 1)..])
                    ?? throw new ArgumentException($"StructureDefinition {definition.Url}: element '{schema.Id}' refers to '{reference}', which it does not define");
        return new StructureSchema(definition, root!);
    }

    private static void Attach(ElementSchema schema, string id, Dictionary<string, ElementSchema> byId, string url)
    {
        var dot = id.LastIndexOf('.');
        if (dot < 0) throw new ArgumentException($"StructureDefinition {url}: element '{id}' is a second root");
        var parentId = id[..dot];
        var last = id[(dot + 1)..];
        var colon = last.IndexOf(':');
        if (colon >= 0 && byId.TryGetValue($"{parentId}.{last[..colon]}", out var entry)) { entry.AddSlice(schema); return; }
        if (!byId.TryGetValue(parentId, out var parent))
            throw new ArgumentException($"StructureDefinition {url}: element '{id}' has no parent '{parentId}' before it");
        parent.AddChild(schema);
    }

    /// <summary>The element id; without one, a synthesised id from the path and the slice names met on the way.</summary>
    private static string IdOf(ElementDefinition element, Dictionary<string, ElementSchema> byId)
    {
        if (element.ElementId is { Length: > 0 } id) return id;
        var path = element.Path ?? "(no path)";
        return element.SliceName is { Length: > 0 } slice ? $"{path}:{slice}" : path;
    }
}
