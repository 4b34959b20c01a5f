using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation.Parsing;
using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation;

/// <summary>
/// Validates FHIR R4 resources, given as JSON or XML text, as SDK POCOs or as typed trees, against the core definition
/// of their type, the profiles they declare (<c>meta.profile</c>) and the profiles given. The pipeline: parse (strict;
/// problems keep their line and column) → the SDK's POCO typed tree (a <see cref="ScopedNode"/> around any other) → walk every element against the
/// compiled snapshots → findings, each once. Thread-safe; one instance per definition set is enough.
/// </summary>
public sealed class FhirValidator(ValidatorServices services)
{
    private static readonly Lazy<FhirValidator> CoreValidator = new(() => new(ValidatorServices.CoreOnly));

    /// <summary>The validator for base R4 (no packs), shared by the process.</summary>
    public static FhirValidator Core => CoreValidator.Value;

    public ValidatorServices Services { get; } = services;

    /// <summary>Validates serialised text; <paramref name="format"/> null means "look at the first character".</summary>
    public ValidationReport Validate(string text, ResourceFormat? format = null, IEnumerable<string>? profiles = null)
    {
        if ((format ?? ResourceParser.Sniff(text)) is not { } actual)
            return ValidationReport.Of(new Finding(FindingSeverity.Fatal, "structure", "(document)",
                "neither JSON nor XML: a FHIR resource starts with '{' or '<'", ResourceParser.RuleId));
        var parsed = ResourceParser.Parse(text, actual);
        var report = new ValidationReport(parsed.Findings);
        // A resource of no known type (the parser says which) has no definition to walk.
        if (parsed.Resource is null || !ModelInfo.IsKnownResource(parsed.Resource.TypeName)) return report;
        var walked = WithoutParsedUnknowns(Validate(parsed.Resource, profiles), parsed.Findings);
        return report.Combine(walked.Findings.Count == 0 ? walked : new(SourcePositions.Read(text, actual).Place(walked.Findings)));
    }

    /// <summary>An unknown element the parser reported (with its line and column) is not reported again by the walker.</summary>
    private static ValidationReport WithoutParsedUnknowns(ValidationReport walked, IReadOnlyList<Finding> parsed)
    {
        var unknown = parsed.Where(f => f.RuleId == $"{ResourceParser.RuleId}:{ResourceParser.UnknownElementCode}").Select(f => f.Location).ToHashSet(StringComparer.Ordinal);
        return unknown.Count == 0 ? walked
            : new ValidationReport([.. walked.Findings.Where(f => !(f.RuleId == RuleIds.UnknownElement && unknown.Contains(f.Location)))]);
    }

    public ValidationReport Validate(Resource resource, IEnumerable<string>? profiles = null) =>
#pragma warning disable SDK0001 // the POCO typed tree is the SDK's documented route to FHIRPath over a POCO
        Validate(resource.ToTypedElement(), profiles);
#pragma warning restore SDK0001

    public ValidationReport Validate(ITypedElement resource, IEnumerable<string>? profiles = null)
    {
        // The SDK's POCO nodes know their parents already; any other tree gets them from a ScopedNode around it.
        var root = resource is PocoNode or ScopedNode ? resource : new ScopedNode(resource);
        var run = new ValidationRun(Services);
        return Services.Requirements.Cite(run.ValidateResource(root, root.InstanceType ?? "(resource)", profiles ?? [])).Distinct();
    }
}
