using System.Globalization;

namespace ConformanceHarness.Dicom;

/// <summary>Parses DA, TM and DT values and the Timezone Offset From UTC (PS3.5 Table 6.2-1).</summary>
internal static class DicomTemporalParser
{
    private static readonly string[] DateFormats = ["yyyyMMdd", "yyyy.MM.dd"];
    private static readonly string[] TimeFormats = ["HH", "HHmm", "HHmmss", "HHmmss.F", "HHmmss.FF", "HHmmss.FFF", "HHmmss.FFFF", "HHmmss.FFFFF", "HHmmss.FFFFFF", "HH:mm:ss", "HH:mm"];

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>"+hhmm" / "-hhmm".</summary>
    public static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = default;
        var trimmed = text.Trim();
        if (trimmed.Length != 5 || trimmed[0] is not ('+' or '-')
            || !int.TryParse(trimmed.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(trimmed.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)) return false;
        offset = (trimmed[0] == '-' ? -1 : 1) * new TimeSpan(hours, minutes, 0);
        return true;
    }

    /// <summary>YYYY[MM[DD[HH[MM[SS[.F{1-6}]]]]]][&amp;ZZXX]; <paramref name="offset"/> is null when the value has none.</summary>
    public static bool TryParseDateTime(string text, out DateTime value, out TimeSpan? offset)
    {
        value = default;
        offset = null;
        var trimmed = text.Trim();
        var sign = trimmed.IndexOfAny(['+', '-'], Math.Min(4, trimmed.Length));
        if (sign >= 0)
        {
            if (!TryParseOffset(trimmed[sign..], out var parsed)) return false;
            offset = parsed;
            trimmed = trimmed[..sign];
        }
        var digits = trimmed.Split('.')[0];
        if (digits.Length is < 4 or > 14 || digits.Length % 2 == 1 && digits.Length != 4 || !digits.All(char.IsAsciiDigit)) return false;
        var padded = digits + "0101000000"[(digits.Length - 4)..];
        if (!DateTime.TryParseExact(padded, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out value)) return false;
        var fraction = trimmed.Length > digits.Length ? trimmed[(digits.Length + 1)..] : "";
        if (fraction.Length > 6 || !fraction.All(char.IsAsciiDigit)) return false;
        if (fraction.Length > 0) value = value.AddTicks(long.Parse(fraction.PadRight(7, '0'), CultureInfo.InvariantCulture));
        return true;
    }
}
