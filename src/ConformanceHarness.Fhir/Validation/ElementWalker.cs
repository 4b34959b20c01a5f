using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation.Schema;
using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation;

/// <summary>
/// Walks one instance element against one element definition: the element rules first (<see cref="ElementValidators"/>),
/// then its children, from the definition's own child elements when the snapshot has them, else from the definition of
/// the element's type (and the type's profiles); a nested resource is validated as a resource; an extension without a
/// profile is validated against the definition its <c>url</c> names.
/// </summary>
internal static class ElementWalker
{
    public static ValidationReport ValidateAgainst(ITypedElement node, string canonical, string location, ValidationRun run)
    {
        var result = run.Schemas.Get(canonical);
        var loading = new ValidationReport([.. result.Findings.Select(f => f with { Location = location })]);
        return result.Schema is { } schema ? loading.Combine(Validate(node, schema.Root, location, run)) : loading;
    }

    public static ValidationReport Validate(ITypedElement node, ElementSchema schema, string location, ValidationRun run)
    {
        var report = Rules(node, schema, location, run);
        if (node.InstanceType is { } type && IsNestedResource(schema, type))
            return report.Combine(run.ValidateResource(node, location, ProfilesOf(schema, type)));
        var structure = schema.ContentReference ?? schema;
        return report.Combine(structure.Children.Count > 0
            ? ChildWalker.Validate(node, structure.Children, location, run)
            : ValidateAsType(node, schema, location, run));
    }

    /// <summary>The element rules of <paramref name="schema"/> (<see cref="ElementValidators"/>) on the element itself, not its children.</summary>
    public static ValidationReport Rules(ITypedElement node, ElementSchema schema, string location, ValidationRun run)
    {
        var report = ValidationReport.Empty;
        var visit = new ElementVisit(node, schema, location, run);
        foreach (var validator in ElementValidators.All)
            report = report.Combine(validator.Validate(visit));
        return report;
    }

    /// <summary>The children of an element whose definition does not list them: its type's definition, and the type's profiles.</summary>
    private static ValidationReport ValidateAsType(ITypedElement node, ElementSchema schema, string location, ValidationRun run)
    {
        if (node.InstanceType is not { Length: > 0 } type) return ValidationReport.Empty;
        var profiles = ProfilesOf(schema, type);
        var report = ValidationReport.Empty;
        if (!(ModelInfo.IsPrimitive(type) && !node.Children().Any()))
        {
            var core = run.Schemas.ForType(type);
            report = core.Schema is { } typeSchema && !ReferenceEquals(typeSchema.Root, schema)
                ? Validate(node, typeSchema.Root, location, run)
                : new([.. core.Findings.Select(f => f with { Location = location })]);
        }
        foreach (var profile in profiles)
            report = report.Combine(ValidateAgainst(node, profile, location, run));
        return type == "Extension" && profiles.Count == 0 ? report.Combine(ValidateExtension(node, schema, location, run)) : report;
    }

    /// <summary>
    /// An extension met without a profile is checked against the definition its url names. An unknown one is a warning
    /// (its content cannot be checked), also for a modifier extension: R4 lets a receiver reject what it does not
    /// understand, but an unknown definition does not make the instance invalid.
    /// </summary>
    private static ValidationReport ValidateExtension(ITypedElement node, ElementSchema schema, string location, ValidationRun run)
    {
        if (node.Children("url").FirstOrDefault()?.Value is not string url || ReferenceEquals(run.Schemas.Get(url).Schema?.Root, schema)) return ValidationReport.Empty;
        var result = run.Schemas.Get(url);
        if (result.Schema is not null) return ValidateAgainst(node, url, location, run);
        var modifier = schema.Name == "modifierExtension";
        return ValidationReport.Of(new Finding(FindingSeverity.Warning, "not-found", location,
            $"{(modifier ? "modifier extension" : "extension")} '{url}' is not known, so its content was not checked", RuleIds.UnknownExtension, schema.Profile, schema.Id));
    }

    /// <summary>Profiles the element definition sets on the instance's type (core definitions of the type itself excluded).</summary>
    private static List<string> ProfilesOf(ElementSchema schema, string type)
    {
        List<string>? profiles = null;
        foreach (var candidate in schema.Definition.Type)
            if (candidate.Code == type || candidate.Code is "Resource" or "DomainResource")
                foreach (var profile in candidate.Profile)
                    if (profile is not null && profile != SchemaCache.CoreBase + type) (profiles ??= []).Add(profile);
        return profiles ?? [];
    }

    /// <summary>A resource inside a resource: <c>contained</c>, <c>Bundle.entry.resource</c>, <c>Parameters.parameter.resource</c>.</summary>
    private static bool IsNestedResource(ElementSchema schema, string type) =>
        schema.Definition.Path?.Contains('.') == true && ModelInfo.IsKnownResource(type);
}
