using System.Globalization;

namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// The DS value representation, PS3.5 Table 6.2-1: a fixed or floating point number ("12.5", "-1e-3",
/// ".5", "1E+10"), optionally padded with leading or trailing spaces, at most 16 characters.
/// </summary>
/// <remarks>
/// The parsers check the grammar, not the 16-character limit (that is <see cref="DicomValueValidator"/>'s
/// job), so over-long values written by others can still be read.
/// </remarks>
public static class DicomDecimalString
{
    /// <summary>Reads the value as a decimal; fails on bad syntax or a magnitude beyond <see cref="decimal"/>.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = 0;
        var trimmed = text.AsSpan().Trim(' ');
        return DecimalSyntax.IsDecimal(trimmed)
            && decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads the value as a double; fails on bad syntax or when it overflows to infinity.</summary>
    public static bool TryParseDouble(string text, out double value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text, out value) == ParseStatus.Ok;
    }

    /// <summary>
    /// The shortest text of at most 16 characters that reads back as exactly <paramref name="value"/>; when
    /// none exists, the closest one. Throws <see cref="ArgumentOutOfRangeException"/> for NaN and infinities,
    /// which DS cannot express.
    /// </summary>
    public static string Format(double value) => DecimalStringFormatter.Format(value);

    internal static ParseStatus Parse(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var trimmed = text.Trim(' ');
        if (!DecimalSyntax.IsDecimal(trimmed))
        {
            return ParseStatus.BadFormat;
        }

        value = double.Parse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value) ? ParseStatus.Ok : ParseStatus.OutOfRange;
    }
}
