namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// Timezone Offset From UTC (0008,0201), PS3.3 C.12.1.1.8: "&amp;ZZXX", e.g. "+0500", "-0330", "+0000".
/// </summary>
/// <remarks>
/// Trailing space padding is ignored; leading spaces are not allowed. Offsets outside -1200 … +1400 and
/// minutes above 59 fail. "-0000" (which PS3.3 says shall not be used) reads as UTC.
/// </remarks>
public static class DicomOffset
{
    public static bool TryParse(string text, out TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        return OffsetText.Parse(Digits.TrimPadding(text), out offset) == ParseStatus.Ok;
    }

    /// <summary>"+HHMM" or "-HHMM"; UTC is "+0000".</summary>
    public static string Format(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var magnitude = offset.Duration();
        return $"{sign}{magnitude.Hours:D2}{magnitude.Minutes:D2}";
    }
}
