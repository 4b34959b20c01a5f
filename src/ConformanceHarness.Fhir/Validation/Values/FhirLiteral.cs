using System.Globalization;
using P = Hl7.Fhir.ElementModel.Types;

namespace ConformanceHarness.Fhir.Validation.Values;

/// <summary>
/// The FHIR string form of a typed-tree primitive value, as it is written in JSON and XML: strings as they are, booleans
/// <c>true</c>/<c>false</c>, integers and decimals in the invariant culture (a decimal keeps its scale, <c>1.50</c>),
/// dates and times in their own partial-precision literal (<see cref="P.Date.ToString()"/> and its siblings).
/// </summary>
internal static class FhirLiteral
{
    public static string? Of(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        P.Date or P.DateTime or P.Time => value.ToString(),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>
    /// Length in Unicode code points, as FHIR counts characters: a character outside the Basic Multilingual Plane (an
    /// emoji, a rare CJK ideograph) is one character although .NET stores it as two UTF-16 code units.
    /// </summary>
    public static int Length(string text)
    {
        var length = text.Length;
        for (var i = 0; i < text.Length - 1; i++)
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1])) { length--; i++; }
        return length;
    }

    /// <summary>A value quoted for a message, cut after 60 characters.</summary>
    public static string Quote(string? literal) =>
        literal is null ? "(no value)" : literal.Length <= 60 ? $"'{literal}'" : $"'{literal[..57]}...'";
}
