using System.Runtime.CompilerServices;
using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.Invariants;

/// <summary>
/// The element's invariants (<c>ElementDefinition.constraint</c>), each evaluated on the instance element with the
/// SDK's FHIRPath engine (or natively for <c>ele-1</c>/<c>ext-1</c>). A failed constraint is an <c>invariant</c>
/// finding with the constraint's severity (<c>warning</c>, or a best-practice one, is a warning) and its key as rule
/// id; one that cannot be compiled or evaluated is a <c>processing</c> warning. An inherited constraint names the
/// definition it came from, so that reaching it twice (element and type) gives the same finding.
/// </summary>
public sealed class InvariantRule : IElementValidator
{
    public const string ProcessingRuleId = "invariant-processing";

    private static readonly ConditionalWeakTable<ElementDefinition, PreparedInvariant[]> Prepared = new();

    public ValidationReport Validate(ElementVisit visit)
    {
        var invariants = Prepared.GetValue(visit.Schema.Definition, Prepare);
        if (invariants.Length == 0) return ValidationReport.Empty;
        var poco = InvariantContext.NodeOf(visit.Node);
        Hl7.FhirPath.EvaluationContext? context = null;
        List<Finding>? findings = null;
        foreach (var invariant in invariants)
        {
            if (invariant.Holds(poco, () => context ??= InvariantContext.For(visit.Run), out var error) && error is null) continue;
            (findings ??= []).Add(error is null
                ? FindingOf(visit, invariant, invariant.Severity, "invariant", invariant.Message, invariant.Key)
                : FindingOf(visit, invariant, FindingSeverity.Warning, "processing", $"{invariant.Key}: the expression {error}", invariant.Key));
        }
        return findings is null ? ValidationReport.Empty : new ValidationReport(findings);
    }

    private static Finding FindingOf(ElementVisit visit, PreparedInvariant invariant, FindingSeverity severity, string code, string message, string ruleId) =>
        invariant.Source is { } source && source != visit.Schema.Profile
            ? new Finding(severity, code, visit.Location, message, ruleId, source)
            : visit.Finding(severity, code, message, ruleId);

    private static PreparedInvariant[] Prepare(ElementDefinition definition)
    {
        var prepared = new List<PreparedInvariant>();
        foreach (var constraint in definition.Constraint)
        {
            if (constraint.Expression is not { Length: > 0 } expression) continue;
            var quirk = InvariantQuirks.For(constraint.Key, expression);
            if (quirk is { IsSkipped: true }) continue;
            prepared.Add(new PreparedInvariant(constraint, quirk?.Replacement ?? expression, constraint.Source));
        }
        return [.. prepared];
    }
}
