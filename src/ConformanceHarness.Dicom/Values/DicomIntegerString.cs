using System.Globalization;

namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// The IS value representation, PS3.5 Table 6.2-1: a base-10 integer "[+-]digits" in −2^31 … 2^31−1,
/// optionally padded with leading or trailing spaces, at most 12 characters.
/// </summary>
public static class DicomIntegerString
{
    public static bool TryParse(string text, out int value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text, out value) == ParseStatus.Ok;
    }

    internal static ParseStatus Parse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var trimmed = text.Trim(' ');
        if (!DecimalSyntax.IsInteger(trimmed))
        {
            return ParseStatus.BadFormat;
        }

        return int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            ? ParseStatus.Ok
            : ParseStatus.OutOfRange;
    }
}
