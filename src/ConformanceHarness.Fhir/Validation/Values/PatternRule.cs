using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation.Values;

/// <summary>
/// ElementDefinition.pattern[x]: every element present in the pattern SHALL be present in the instance with the pattern's
/// value, recursively; the instance may have more. For a repeating element each pattern item must match some instance
/// item (a CodeableConcept pattern with one coding matches a concept that has that coding among others). Two pattern
/// items may match the same instance item, as R4 does not say they must be distinct.
/// </summary>
/// <remarks>R4 ElementDefinition.pattern[x], http://hl7.org/fhir/R4/elementdefinition-definitions.html#ElementDefinition.pattern_x_.</remarks>
public sealed class PatternRule : IElementValidator
{
    public const string RuleId = "pattern";

    public ValidationReport Validate(ElementVisit visit)
    {
        if (visit.Schema.Definition.Pattern is not { } value) return ValidationReport.Empty;
        return Mismatch(ExpectedValue.For(value), visit.Node, "") is { } mismatch
            ? visit.Report(FindingSeverity.Error, "value", mismatch, RuleId)
            : ValidationReport.Empty;
    }

    /// <summary>Null when <paramref name="actual"/> has everything <paramref name="pattern"/> has, else what is missing or different.</summary>
    private static string? Mismatch(ExpectedValue pattern, ITypedElement actual, string path)
    {
        var at = path.Length == 0 ? "" : $" at {path}";
        if (pattern.Literal is null && pattern.Type != actual.InstanceType)
            return $"expected a {pattern.Type} matching the pattern{at}, found a {actual.InstanceType}";
        if (pattern.Literal is not null && pattern.Literal != FhirLiteral.Of(actual.Value))
            return $"expected pattern value {FhirLiteral.Quote(pattern.Literal)}{at}, found {FhirLiteral.Quote(FhirLiteral.Of(actual.Value))}";
        if (pattern.Groups.Count == 0) return null;
        var groups = InstanceChildren.Group(actual);
        foreach (var (name, items) in pattern.Groups)
        {
            var found = InstanceChildren.Named(groups, name);
            foreach (var item in items)
                if (ItemMismatch(item, found, InstanceChildren.Step(path, name, 0, 1)) is { } mismatch) return mismatch;
        }
        return null;
    }

    /// <summary>The pattern item against the instance items of the same name: one of them must match.</summary>
    private static string? ItemMismatch(ExpectedValue item, IReadOnlyList<ITypedElement> found, string path)
    {
        if (found.Count == 0) return $"expected {path} {item.Describe()} from the pattern, found none";
        if (found.Count == 1) return Mismatch(item, found[0], path);
        foreach (var candidate in found)
            if (Mismatch(item, candidate, path) is null) return null;
        return $"expected a {path} matching the pattern {item.Describe()}, found none among {found.Count}";
    }
}
