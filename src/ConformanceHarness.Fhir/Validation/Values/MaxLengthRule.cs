using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Fhir.Validation.Values;

/// <summary>
/// ElementDefinition.maxLength on a string-valued primitive (string, code, id, markdown, uri …): the value's length in
/// Unicode code points (see <see cref="FhirLiteral.Length"/>) must not exceed it.
/// </summary>
/// <remarks>R4 ElementDefinition.maxLength, http://hl7.org/fhir/R4/elementdefinition-definitions.html#ElementDefinition.maxLength.</remarks>
public sealed class MaxLengthRule : IElementValidator
{
    public const string RuleId = "maxLength";

    public ValidationReport Validate(ElementVisit visit)
    {
        if (visit.Schema.Definition.MaxLength is not { } max || visit.Node.Value is not string text || text.Length <= max)
            return ValidationReport.Empty;
        var length = FhirLiteral.Length(text);
        return length > max
            ? visit.Report(FindingSeverity.Error, "value", $"value has {length} characters, more than maxLength {max}", RuleId)
            : ValidationReport.Empty;
    }
}
