using ConformanceHarness.Fhir.Validation.Schema;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.References;

/// <summary>
/// The resource types a reference names: in its literal (<c>Patient/123</c>), in <c>Reference.type</c> (a resource type,
/// or the core canonical of one; other absolute URLs are logical models and name none) and by the resolved resource.
/// R4 Reference.type: when both are present and the reference is a FHIR URL, they SHALL be consistent.
/// </summary>
public static class ReferenceTypes
{
    /// <summary>The distinct types named, in the order literal, Reference.type, resolved.</summary>
    public static List<string> Named(LiteralReference? literal, string? declared, ResolvedTarget? target)
    {
        var types = new List<string>(3);
        foreach (var type in new[] { literal?.ResourceType, TypeOf(declared), target?.ResourceType })
            if (type is not null && !types.Contains(type)) types.Add(type);
        return types;
    }

    /// <summary>The one type all sources agree on (null when none names one); a message when they disagree.</summary>
    public static string? Agreed(LiteralReference? literal, string? declared, ResolvedTarget? target, out string? disagreement)
    {
        var types = Named(literal, declared, target);
        disagreement = types.Count > 1
            ? $"the reference names different types: {Describe(literal, declared, target)}"
            : null;
        return types.Count == 1 ? types[0] : target?.ResourceType;
    }

    /// <summary>The resource type a Reference.type value names, or null (absent, a logical model, not a resource type).</summary>
    public static string? TypeOf(string? declared)
    {
        if (declared is null) return null;
        var name = declared.StartsWith(SchemaCache.CoreBase, StringComparison.Ordinal) ? declared[SchemaCache.CoreBase.Length..] : declared;
        return ModelInfo.IsKnownResource(name) ? name : null;
    }

    private static string Describe(LiteralReference? literal, string? declared, ResolvedTarget? target)
    {
        var parts = new List<string>(3);
        if (literal?.ResourceType is { } named) parts.Add($"'{literal.Text}' names {named}");
        if (TypeOf(declared) is { } type) parts.Add($"Reference.type is {type}");
        if (target?.ResourceType is { } resolved) parts.Add($"it resolves to the {resolved} at {target.Location}");
        return string.Join(", ", parts);
    }
}
