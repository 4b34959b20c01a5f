using System.Text;

using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Json;

/// <summary>
/// An IS or DS value as an RFC 8259 number with the stored text, changed only where RFC 8259 §6 requires:
/// a leading "+" dropped, leading zeros of the integer part removed, a missing integer digit supplied and a
/// bare decimal point dropped ("+.5" → "0.5", "007" → "7", "5." → "5"); exponents stay as written ("1.2E+3").
/// </summary>
internal static class DicomJsonNumber
{
    public static bool TryNormalise(string value, out string number)
    {
        number = "";
        if (!DicomDecimalString.TryParseDouble(value, out _)) return false;
        var text = value.Trim(' ');
        var sign = text[0] == '-' ? "-" : "";
        text = text.TrimStart('+', '-');
        var exponentAt = text.IndexOfAny(['e', 'E']);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var exponent = exponentAt < 0 ? "" : text[exponentAt..];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integer = (point < 0 ? mantissa : mantissa[..point]).TrimStart('0');
        var fraction = point < 0 ? "" : mantissa[(point + 1)..];
        var result = new StringBuilder(sign).Append(integer.Length == 0 ? "0" : integer);
        if (fraction.Length > 0) result.Append('.').Append(fraction);
        number = result.Append(exponent).ToString();
        return true;
    }
}
