using System.Globalization;

namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// The TM value representation, PS3.5 Table 6.2-1: "HH[MM[SS[.F{1,6}]]]", e.g. "070907.0705", "1010", "10".
/// </summary>
/// <remarks>
/// Omitted components read as zero. Trailing space padding is ignored. The retired "HH:MM:SS.frac" is
/// accepted (the validator flags it). A leap second "235960" reads as 23:59:59.999999.
/// </remarks>
public static class DicomTime
{
    public static bool TryParse(string text, out TimeOnly time)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TimeText.Parse(Digits.TrimPadding(text), out time, out _, out _) == ParseStatus.Ok;
    }

    public static TimeOnly Parse(string text) =>
        TryParse(text, out var time)
            ? time
            : throw new DicomFormatException($"TM value '{text}' is not a time of the form HH[MM[SS[.F{{1,6}}]]]");

    /// <summary>"HHMMSS", then a dot and the first <paramref name="fractionDigits"/> digits of the second's fraction (truncated).</summary>
    public static string Format(TimeOnly time, int fractionDigits = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fractionDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fractionDigits, 6);
        var text = time.ToString("HHmmss", CultureInfo.InvariantCulture);
        return fractionDigits == 0 ? text : text + "." + FractionText(time.Ticks % TimeSpan.TicksPerSecond, fractionDigits);
    }

    internal static string FractionText(long subSecondTicks, int digits) =>
        (subSecondTicks / 10).ToString("D6", CultureInfo.InvariantCulture)[..digits];
}
