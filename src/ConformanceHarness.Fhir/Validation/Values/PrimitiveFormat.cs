using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ConformanceHarness.Fhir.Validation.Schema;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.Values;

/// <summary>
/// What R4 says a value of one primitive type looks like, read as data from the core StructureDefinition of the type:
/// on <c>&lt;type&gt;.value</c>, the FHIRPath system type of the value (<c>http://hl7.org/fhirpath/System.Date</c>), the
/// regex of the <c>http://hl7.org/fhir/StructureDefinition/regex</c> extension and the maxLength (string's 1 MB). Built
/// once per type name: the primitive types are those of R4 itself, the same in every definition set.
/// </summary>
/// <remarks>
/// The regexes are written for Java (the IG publisher's), where <c>\s</c> is ASCII whitespace only; .NET's Unicode
/// <c>\S</c> would refuse a no-break space inside a string. <see cref="RegexOptions.ECMAScript"/> gives the ASCII
/// classes. Compiled, as a compiled regex matched 3 to 40 times faster than an interpreted one on dates and 1 MB
/// strings (measured; <see cref="RegexOptions.NonBacktracking"/> cannot take ECMAScript classes). Matching is anchored
/// at both ends (<c>\A…\z</c>, as <c>$</c> would accept a final newline) and limited by <see cref="MatchTimeout"/>.
/// </remarks>
internal sealed class PrimitiveFormat
{
    public const string RegexExtension = "http://hl7.org/fhir/StructureDefinition/regex";
    public const string SystemTypes = "http://hl7.org/fhirpath/System.";

    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Equivalent forms of R4 regexes that backtrack badly: base64Binary's <c>(\s*([…]){4}\s*)+</c> puts two <c>\s*</c>
    /// side by side, so a 120 KB value with a bad last character takes more than a second; <c>\s*(?:[…]{4}\s*)+</c>
    /// accepts the same text in one pass. Used only when the definition's regex is exactly the R4 text.
    /// </summary>
    private static readonly Dictionary<string, string> Unambiguous = new(StringComparer.Ordinal)
    {
        [@"(\s*([0-9a-zA-Z\+/=]){4}\s*)+"] = @"\s*(?:[0-9a-zA-Z\+/=]{4}\s*)+",
    };

    private static readonly ConcurrentDictionary<string, PrimitiveFormat?> Formats = new(StringComparer.Ordinal);

    private PrimitiveFormat(string type, ElementDefinition value)
    {
        Type = type;
        var code = value.Type.FirstOrDefault();
        SystemType = code?.Code is { } system && system.StartsWith(SystemTypes, StringComparison.Ordinal) ? system[SystemTypes.Length..] : "String";
        Pattern = code?.GetStringExtension(RegexExtension);
        Regex = Pattern is null ? null
            : new Regex($@"\A(?:{Unambiguous.GetValueOrDefault(Pattern, Pattern)})\z", RegexOptions.ECMAScript | RegexOptions.Compiled, MatchTimeout);
        MaxLength = value.MaxLength;
    }

    /// <summary>The FHIR type (<c>date</c>, <c>positiveInt</c>).</summary>
    public string Type { get; }

    /// <summary>The FHIRPath system type of the value without its namespace: String, Boolean, Integer, Decimal, Date, DateTime, Time.</summary>
    public string SystemType { get; }

    public string? Pattern { get; }

    public Regex? Regex { get; }

    public int? MaxLength { get; }

    /// <summary>The format of a FHIR primitive type, or null for other types and when its core definition has no <c>value</c>.</summary>
    public static PrimitiveFormat? For(string type, SchemaCache schemas) =>
        Formats.TryGetValue(type, out var format) ? format : Formats.GetOrAdd(type, Load(type, schemas));

    private static PrimitiveFormat? Load(string type, SchemaCache schemas)
    {
        if (!ModelInfo.IsPrimitive(type)) return null;
        return schemas.ForType(type).Schema?.Root.Child("value")?.Definition is { } value ? new PrimitiveFormat(type, value) : null;
    }
}
