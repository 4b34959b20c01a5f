using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation.References;

/// <summary>
/// A Reference element: its literal's form, its resolution inside the document (contained resources, Bundle entries),
/// the agreement of the types it names, the allowed target types and, for targets allowed through profiles, the
/// target's conformance to one of them. What the instance alone decides (form, resolution, agreement) is reported
/// without a profile, so it is reported once however many profiles reach the element.
/// </summary>
public sealed class ReferenceRule : IElementValidator
{
    public const string FormatRule = "reference-format";
    public const string ResolveRule = "reference-resolve";
    public const string TypeRule = "reference-type";
    public const string TargetRule = "reference-target";
    public const string TargetProfileRule = "reference-target-profile";

    public ValidationReport Validate(ElementVisit visit)
    {
        if (visit.Node.InstanceType != "Reference") return ValidationReport.Empty;
        var targets = ReferenceTargets.Of(visit.Schema.Definition);
        if (!targets.IsReference) return ValidationReport.Empty;
        var (text, declared) = Read(visit.Node);
        if (text is null && declared is null) return ValidationReport.Empty;
        var findings = new List<Finding>();
        var literal = text is null ? null : LiteralReference.Parse(text);
        if (text is not null && literal is null)
            findings.Add(Instance(visit, "value", $"'{text}' is not a reference: expected Type/id, an http(s) URL, urn:uuid:, urn:oid: or #id", FormatRule));
        var resolution = literal is null ? Resolution.Outside : ReferenceResolver.Resolve(literal, visit.Run.Resource);
        if (resolution.Failure is { } failure)
            findings.Add(Instance(visit, "not-found", $"'{text}' does not resolve: {failure}", ResolveRule));
        var type = ReferenceTypes.Agreed(literal, declared, resolution.Target, out var disagreement);
        if (disagreement is not null) findings.Add(Instance(visit, "structure", disagreement, TypeRule));
        foreach (var found in ReferenceTypes.Named(literal, declared, resolution.Target))
            findings.AddRange(CheckTarget(visit, targets, found, found == type ? resolution.Target : null, text ?? declared!));
        return findings.Count == 0 ? ValidationReport.Empty : new(findings);
    }

    private static IEnumerable<Finding> CheckTarget(ElementVisit visit, ReferenceTargets targets, string type, ResolvedTarget? target, string shown)
    {
        var allowed = TargetTypes.Allows(targets, type, visit.Run.Schemas);
        if (!allowed.IsAllowed)
        {
            yield return visit.Finding(FindingSeverity.Error, "structure",
                $"'{shown}' refers to a {type}, which is not an allowed target of {visit.Schema.Id} (allowed: {TargetTypes.Describe(targets, visit.Run.Schemas)})", TargetRule);
            yield break;
        }
        if (target is null) yield break;
        if (allowed.Profiles.Count > 0 && TargetProfileCheck.Problem(target, allowed.Profiles, visit.Run) is { } problem)
            yield return visit.Finding(allowed.UnknownProfiles.Count == 0 ? FindingSeverity.Error : FindingSeverity.Warning, "structure",
                $"the {type} at {target.Location} that '{shown}' resolves to conforms to none of the allowed profiles ({problem.Text})", TargetProfileRule)
                with { Requirement = problem.Cause };
        else if (allowed.Profiles.Count == 0 && allowed.UnknownProfiles.Count > 0)
            yield return visit.Finding(FindingSeverity.Warning, "not-found",
                $"target profile {string.Join(", ", allowed.UnknownProfiles)} is not known, so the {type} at {target.Location} was not checked against it", TargetProfileRule);
    }

    /// <summary>Reference.reference and Reference.type, enumerating the children once.</summary>
    private static (string? Text, string? Type) Read(ITypedElement reference)
    {
        string? text = null, type = null;
        foreach (var child in reference.Children())
            if (child.Name == "reference") text = child.Value as string;
            else if (child.Name == "type") type = child.Value as string;
        return (text, type);
    }

    private static Finding Instance(ElementVisit visit, string code, string message, string rule) =>
        new(FindingSeverity.Error, code, visit.Location, message, rule, null, visit.Schema.Id);
}
