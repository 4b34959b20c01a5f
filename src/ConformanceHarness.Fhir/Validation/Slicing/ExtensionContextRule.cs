using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>
/// An extension is used only where its definition allows (FHIR R4 StructureDefinition.context, §2.22.0.2 "context of
/// use"): checked when an instance extension meets the root of its Extension definition. <c>element</c> contexts name an
/// element path or a type (a base type included: <c>Element</c>, <c>Resource</c>); <c>extension</c> contexts name the
/// url of the parent extension. FHIRPath contexts and contextInvariant are reported as not checked.
/// </summary>
public sealed class ExtensionContextRule : IElementValidator
{
    public const string RuleId = "extension-context";

    public ValidationReport Validate(ElementVisit visit)
    {
        if (visit.Schema.Name != "Extension" || visit.Schema.Definition.Path != "Extension") return ValidationReport.Empty;
        if (visit.Run.Schemas.Get(visit.Schema.Profile).Schema?.Definition is not { Context.Count: > 0 } definition) return ValidationReport.Empty;
        if (ExtensionPlace.Of(visit.Node, visit.Run) is not { } place) return ValidationReport.Empty;
        var report = definition.ContextInvariantElement.Count == 0 ? ValidationReport.Empty
            : visit.Report(FindingSeverity.Information, "informational", $"the context invariants of extension {definition.Url} were not checked", RuleId);
        var notChecked = new List<string>();
        foreach (var context in definition.Context)
        {
            if (context.Type == StructureDefinition.ExtensionContextType.Fhirpath) notChecked.Add(context.Expression ?? "");
            else if (ExtensionContextMatcher.Allows(context.Type, context.Expression ?? "", place, visit.Run)) return report;
        }
        if (KnownContextDefects.For(definition.Url ?? "").Any(extra => ExtensionContextMatcher.Allows(StructureDefinition.ExtensionContextType.Element, extra, place, visit.Run)))
            return report.Combine(visit.Report(FindingSeverity.Warning, "structure",
                $"extension {definition.Url} is used on {place}, outside its contexts ({Contexts(definition)}), as the R4 specification itself does", RuleId));
        return report.Combine(notChecked.Count > 0
            ? visit.Report(FindingSeverity.Information, "informational", $"the FHIRPath context of extension {definition.Url} ({string.Join("; ", notChecked)}) was not checked", RuleId)
            : visit.Report(FindingSeverity.Error, "structure",
                $"extension {definition.Url} is not allowed on {place}; its definition allows it on {Contexts(definition)}", RuleId));
    }

    private static string Contexts(StructureDefinition definition) => string.Join(", ", definition.Context.Select(c => c.Expression));
}
