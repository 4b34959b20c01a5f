using ConformanceHarness.Fhir.Validation.Schema;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.References;

/// <summary>Decides whether a resource type is an allowed target of a Reference element, with the definition set's profiles.</summary>
public static class TargetTypes
{
    public static AllowedTarget Allows(ReferenceTargets targets, string type, SchemaCache schemas)
    {
        if (targets.AnyType || targets.CoreTypes.Contains(type)) return AllowedTarget.Freely;
        List<string>? profiles = null;
        List<string>? unknown = null;
        var freely = false;
        foreach (var canonical in targets.Profiles)
        {
            if (schemas.Get(canonical).Schema is not { } schema)
            {
                (unknown ??= []).Add(canonical);
                continue;
            }
            if (schema.Type != type && schema.Type is not ("Resource" or "DomainResource")) continue;
            if (schema.Definition.Derivation == StructureDefinition.TypeDerivationRule.Constraint) (profiles ??= []).Add(canonical);
            else freely = true;
        }
        if (freely) return AllowedTarget.Freely;
        if (profiles is null && unknown is null) return AllowedTarget.Not;
        return new(true, profiles ?? [], unknown ?? []);
    }

    /// <summary>The allowed targets as a message lists them: core types, then profiles with the type each constrains.</summary>
    public static string Describe(ReferenceTargets targets, SchemaCache schemas)
    {
        var names = new List<string>(targets.CoreTypes.Order(StringComparer.Ordinal));
        foreach (var canonical in targets.Profiles)
            names.Add(schemas.Get(canonical).Schema is { } schema ? $"{canonical} ({schema.Type})" : $"{canonical} (not known)");
        return string.Join(", ", names);
    }
}
