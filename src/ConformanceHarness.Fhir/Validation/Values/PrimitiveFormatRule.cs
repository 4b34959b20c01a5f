using ConformanceHarness.Fhir.Findings;
using P = Hl7.Fhir.ElementModel.Types;

namespace ConformanceHarness.Fhir.Validation.Values;

/// <summary>
/// The value of a primitive element against its R4 type (<see cref="PrimitiveFormat"/>, data from the core definitions):
/// not empty; a value of the type's system type (a <c>date</c> whose literal the SDK could not read as a date stays a
/// string in the typed tree, <c>1990-02-30</c> too, which the regex alone lets through); an integer within 32 bits; the
/// literal matching the type's regex; no longer than the type's maxLength (string: 1 MB). A string of whitespace only is
/// a warning: R4 says strings SHOULD have non-whitespace content. The JSON and XML parsers reject most bad literals
/// already; this rule matters for POCOs built in code and typed trees from elsewhere.
/// </summary>
/// <remarks>R4 Data Types §2.24.0.1 (primitive types and their regexes), http://hl7.org/fhir/R4/datatypes.html#primitive.</remarks>
public sealed class PrimitiveFormatRule : IElementValidator
{
    public const string RuleId = "format";

    public ValidationReport Validate(ElementVisit visit)
    {
        var node = visit.Node;
        if (node.Value is not { } value || node.InstanceType is not { } type || IsTypeRoot(visit)) return ValidationReport.Empty;
        if (PrimitiveFormat.For(type, visit.Run.Schemas) is not { } format) return ValidationReport.Empty;
        var literal = FhirLiteral.Of(value) ?? "";
        if (Problem(format, value, literal) is { } problem)
            return visit.Report(FindingSeverity.Error, "value", problem, RuleId);
        if (Matches(format, literal) is not { } matches)
            return visit.Report(FindingSeverity.Warning, "too-costly",
                $"{FhirLiteral.Quote(literal)} could not be checked against the {type} regex within {PrimitiveFormat.MatchTimeout.TotalSeconds:0} s", RuleId);
        if (!matches)
            return visit.Report(FindingSeverity.Error, "value", $"{FhirLiteral.Quote(literal)} is not a valid {type} (R4 regex {format.Pattern})", RuleId);
        if (format.SystemType == "String" && string.IsNullOrWhiteSpace(literal))
            return visit.Report(FindingSeverity.Warning, "value", $"the {type} is whitespace only; R4 strings SHOULD have non-whitespace content", RuleId);
        return ValidationReport.Empty;
    }

    /// <summary>
    /// The primitive is visited against its element's definition and again against the root of its type's definition
    /// (<c>date</c>) when it has an id or extensions; it is checked once, at its element.
    /// </summary>
    private static bool IsTypeRoot(ElementVisit visit) => visit.Schema.Definition.Path?.Contains('.') != true;

    private static string? Problem(PrimitiveFormat format, object value, string literal)
    {
        if (literal.Length == 0) return $"the {format.Type} is empty: a primitive has a value of at least one character, or no value";
        var invalid = $"{FhirLiteral.Quote(literal)} is not a valid {format.Type}";
        if (!HasSystemType(format.SystemType, value)) return invalid;
        if (value is long number && number is < int.MinValue or > int.MaxValue) return $"{invalid}: outside the 32-bit range of R4 integers";
        if (format.MaxLength is { } max && literal.Length > max && FhirLiteral.Length(literal) > max)
            return $"the {format.Type} has {FhirLiteral.Length(literal)} characters, more than the {max} R4 allows";
        return null;
    }

    /// <summary>
    /// Whether the typed tree holds the value as the type's system type, i.e. the SDK could read the literal. R4 declares
    /// positiveInt and unsignedInt values as System.String (the typed tree has an int), so a String type takes any value
    /// and the regex judges the literal. A decimal beyond .NET's range (<c>1E+245</c>) stays a string, and R4 decimals
    /// have no range, so the regex judges it too. A leap second (<c>23:59:60</c>, allowed by the regexes) is one the SDK
    /// cannot read; it is read as second 59.
    /// </summary>
    private static bool HasSystemType(string systemType, object value) => systemType switch
    {
        "Boolean" => value is bool,
        "Integer" => value is int or long,
        "Decimal" => value is decimal or string,
        "Date" => value is P.Date || value is string text && P.Date.TryParse(text, out _),
        "DateTime" => value is P.DateTime || value is string text && P.DateTime.TryParse(WithoutLeapSecond(text), out _),
        "Time" => value is P.Time || value is string text && P.Time.TryParse(WithoutLeapSecond(text), out _),
        _ => true,
    };

    private static string WithoutLeapSecond(string literal)
    {
        var colon = literal.IndexOf(":60", StringComparison.Ordinal);
        return colon < 0 ? literal : string.Concat(literal.AsSpan(0, colon), ":59", literal.AsSpan(colon + 3));
    }

    private static bool? Matches(PrimitiveFormat format, string literal)
    {
        if (format.Regex is null) return true;
        try
        {
            return format.Regex.IsMatch(literal);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
