using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation.Values;

/// <summary>
/// ElementDefinition.fixed[x]: the instance element SHALL be exactly the fixed value. Primitives compare by their FHIR
/// literal (case sensitive, a decimal with its scale: <c>1.50</c> is not <c>1.5</c>); complex values compare child by
/// child, recursively, and "missing elements must also be missing": an element the fixed value lacks (an extension, an
/// id, a display) is a difference too. The first difference is reported.
/// </summary>
/// <remarks>R4 ElementDefinition.fixed[x], http://hl7.org/fhir/R4/elementdefinition-definitions.html#ElementDefinition.fixed_x_.</remarks>
public sealed class FixedValueRule : IElementValidator
{
    public const string RuleId = "fixed";

    public ValidationReport Validate(ElementVisit visit)
    {
        if (visit.Schema.Definition.Fixed is not { } value) return ValidationReport.Empty;
        return Difference(ExpectedValue.For(value), visit.Node, "") is { } difference
            ? visit.Report(FindingSeverity.Error, "value", difference, RuleId)
            : ValidationReport.Empty;
    }

    /// <summary>Null when <paramref name="actual"/> is exactly <paramref name="expected"/>, else what differs first.</summary>
    private static string? Difference(ExpectedValue expected, ITypedElement actual, string path)
    {
        var at = path.Length == 0 ? "" : $" at {path}";
        if (expected.Literal is null && expected.Type != actual.InstanceType)
            return $"expected fixed value of type {expected.Type}{at}, found {actual.InstanceType}";
        var literal = FhirLiteral.Of(actual.Value);
        if (expected.Literal != literal)
            return $"expected fixed value {FhirLiteral.Quote(expected.Literal)}{at}, found {FhirLiteral.Quote(literal)}";
        var groups = InstanceChildren.Group(actual);
        foreach (var (name, items) in expected.Groups)
        {
            var found = InstanceChildren.Named(groups, name);
            if (found.Count != items.Count)
                return $"expected {items.Count} {name} in the fixed value{at}, found {found.Count}";
            for (var i = 0; i < items.Count; i++)
                if (Difference(items[i], found[i], InstanceChildren.Step(path, name, i, items.Count)) is { } difference) return difference;
            groups.Remove(name);
        }
        foreach (var (name, extra) in groups)
            return $"unexpected {name}{at} ({FhirLiteral.Quote(FhirLiteral.Of(extra[0].Value) ?? extra[0].InstanceType)}): the fixed value has none";
        return null;
    }
}
