using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation.Schema;
using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation;

/// <summary>
/// Validates one resource: against each profile it declares in <c>meta.profile</c> and the profiles asked for, and
/// against the core definition of its type unless a profile of that very type compiled without errors — its snapshot
/// holds every core rule it does not legally replace, so the core walk would only repeat them, or contradict the
/// profile where it replaced a binding that is not required (a slice's Identifier.type bound to another value set), as
/// the HL7 validator also judges against the profile alone. A profile that cannot be found or compiled is an error
/// finding (the verdict cannot be trusted), and the walk goes on with the others and the core type. Nested resources
/// (contained, Bundle entries) come back here with their own context.
/// </summary>
internal static class ResourceWalker
{
    public static ValidationReport Validate(ITypedElement node, string location, IEnumerable<string> profiles, ValidationRun run)
    {
        if (run.ResourceDepth >= ValidationRun.MaxResourceDepth)
            return ValidationReport.Of(new Finding(FindingSeverity.Error, "too-costly", location,
                $"resources nest deeper than {ValidationRun.MaxResourceDepth}; the rest of this resource was not validated", RuleIds.ResourceDepth));
        if (node.InstanceType is not { Length: > 0 } type)
            return ValidationReport.Of(new Finding(FindingSeverity.Error, "structure", location, "the resource has no type", RuleIds.ResourceType));
        var context = run.Enter(node, location);
        try
        {
            var all = ProfilesOf(node, type, profiles).ToList();
            var report = all.Any(p => Covers(run.Schemas.Get(p.Canonical), type)) ? ValidationReport.Empty
                : Against(node, SchemaCache.CoreBase + type, location, run, declared: false);
            foreach (var (canonical, declared) in all)
                report = report.Combine(Against(node, canonical, location, run, declared));
            return report;
        }
        finally
        {
            run.Leave(context);
        }
    }

    /// <summary>
    /// A profile the resource only declares in <c>meta.profile</c> and that is not known here is a warning (the claim
    /// could not be checked, as the HL7 validator says it); one asked for by the caller, and the core type, are errors.
    /// </summary>
    private static ValidationReport Against(ITypedElement node, string canonical, string location, ValidationRun run, bool declared)
    {
        var result = run.Schemas.Get(canonical);
        if (result.Schema is not { } schema && declared && result.Findings.All(f => f.Code == "not-found"))
            return ValidationReport.Of(new Finding(FindingSeverity.Warning, "not-found", location,
                $"declared profile {canonical} is not known here, so the resource was not checked against it", RuleIds.UnknownProfile, canonical));
        var loading = new ValidationReport([.. result.Findings.Select(f => f with { Location = location })]);
        if (result.Schema is not { } found) return loading;
        if (!TypeMatches(found, node.InstanceType!))
            return loading.Combine(ValidationReport.Of(new Finding(FindingSeverity.Error, "structure", location,
                $"profile {canonical} constrains {found.Type}, but the resource is a {node.InstanceType}", RuleIds.ProfileType, canonical)));
        return loading.Combine(ElementWalker.Validate(node, found.Root, location, run));
    }

    /// <summary>A profile of exactly this type, compiled without errors: its snapshot stands for the core definition.</summary>
    private static bool Covers(SchemaResult result, string type) => result.Schema is { } schema && schema.Type == type && !result.Findings.Any(f => f.IsError);

    private static bool TypeMatches(StructureSchema schema, string type) => schema.Type == type || schema.Type is "Resource" or "DomainResource";

    /// <summary>Declared (<c>meta.profile</c>) and requested profiles, each once, the core type excluded.</summary>
    private static IEnumerable<(string Canonical, bool Declared)> ProfilesOf(ITypedElement node, string type, IEnumerable<string> profiles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { SchemaCache.CoreBase + type };
        foreach (var requested in profiles)
            if (seen.Add(requested)) yield return (requested, false);
        foreach (var meta in node.Children("meta"))
            foreach (var profile in meta.Children("profile"))
                if (profile.Value is string declared && seen.Add(declared)) yield return (declared, true);
    }
}
