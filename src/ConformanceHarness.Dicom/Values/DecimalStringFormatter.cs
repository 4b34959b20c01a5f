using System.Globalization;

namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// Writes a double as DS text of at most 16 characters (PS3.5 Table 6.2-1). Candidates are the shortest
/// round-trip form and the general and scientific forms at every precision from 1 to 17 digits, each
/// compacted ("1.50E+005" → "1.5E5"); the fitting candidate closest to the value wins, the shorter on a tie.
/// </summary>
internal static class DecimalStringFormatter
{
    private const int MaxLength = 16;

    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "DS cannot represent NaN or infinity");
        }

        if (value == 0)
        {
            return "0";
        }

        string? best = null;
        var bestError = double.PositiveInfinity;
        foreach (var candidate in Candidates(value))
        {
            var error = ErrorOf(candidate, value);
            if (candidate.Length > MaxLength || double.IsPositiveInfinity(error))
            {
                continue;
            }

            if (best is null || error < bestError || (error == bestError && candidate.Length < best.Length))
            {
                (best, bestError) = (candidate, error);
            }
        }

        return best ?? throw new InvalidOperationException($"No DS text of at most 16 characters approximates {value:R}");
    }

    private static IEnumerable<string> Candidates(double value)
    {
        yield return Compact(value.ToString("R", CultureInfo.InvariantCulture));
        for (var digits = 17; digits >= 1; digits--)
        {
            yield return Compact(value.ToString("G" + digits, CultureInfo.InvariantCulture));
            yield return Compact(value.ToString("E" + (digits - 1), CultureInfo.InvariantCulture));
        }
    }

    private static double ErrorOf(string candidate, double value)
    {
        var read = double.Parse(candidate, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(read) ? Math.Abs(read - value) : double.PositiveInfinity;
    }

    /// <summary>Drops trailing zeros of the mantissa, the exponent's plus sign and leading zeros, and "E0".</summary>
    internal static string Compact(string text)
    {
        var e = text.IndexOfAny(['E', 'e']);
        var mantissa = e >= 0 ? text[..e] : text;
        if (mantissa.Contains('.', StringComparison.Ordinal))
        {
            mantissa = mantissa.TrimEnd('0').TrimEnd('.');
        }

        if (e < 0)
        {
            return mantissa;
        }

        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return exponent == 0 ? mantissa : mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
