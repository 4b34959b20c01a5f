using System.Globalization;

namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// The DT value representation, PS3.5 Table 6.2-1: "YYYY[MM[DD[HH[MM[SS[.F{1,6}]]]]]][&amp;ZZXX]",
/// e.g. "20240131235959.5+0100", "2024", "202401-0330".
/// </summary>
/// <remarks>
/// Omitted components read as their first value. The offset comes from the value's own suffix, else
/// <c>defaultOffset</c> (pass the dataset's Timezone Offset From UTC (0008,0201)), else UTC.
/// Trailing space padding is ignored.
/// </remarks>
public static class DicomDateTime
{
    public static bool TryParse(string text, TimeSpan? defaultOffset, out DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var status = DateTimeText.Parse(Digits.TrimPadding(text), defaultOffset, out var partial);
        value = partial.Start;
        return status == ParseStatus.Ok;
    }

    public static DateTimeOffset Parse(string text, TimeSpan? defaultOffset = null) =>
        TryParse(text, defaultOffset, out var value)
            ? value
            : throw new DicomFormatException($"DT value '{text}' is not a date-time of the form YYYY[MM[DD[HH[MM[SS[.F{{1,6}}]]]]]][&ZZXX]");

    /// <summary>
    /// "YYYYMMDDHHMMSS", then ".FFFFFF" when the value has a non-zero microsecond fraction, then the offset
    /// "&amp;ZZXX" when <paramref name="includeOffset"/>. Digits below a microsecond are dropped.
    /// </summary>
    public static string Format(DateTimeOffset value, bool includeOffset = true)
    {
        var text = value.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var subSecond = value.Ticks % TimeSpan.TicksPerSecond;
        if (subSecond / 10 != 0)
        {
            text += "." + DicomTime.FractionText(subSecond, 6);
        }

        return includeOffset ? text + DicomOffset.Format(value.Offset) : text;
    }
}
