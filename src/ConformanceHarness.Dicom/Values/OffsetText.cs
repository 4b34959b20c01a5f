namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// Reads "&amp;ZZXX", the UTC offset of DT values and of Timezone Offset From UTC (0008,0201), PS3.5 Table 6.2-1
/// and PS3.3 C.12.1.1.8: a sign, hours and minutes, within -12:00 … +14:00.
/// </summary>
internal static class OffsetText
{
    public static readonly TimeSpan Minimum = TimeSpan.FromHours(-12);
    public static readonly TimeSpan Maximum = TimeSpan.FromHours(14);

    public static ParseStatus Parse(ReadOnlySpan<char> text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length != 5 || text[0] is not ('+' or '-') || !Digits.AreAll(text[1..]))
        {
            return ParseStatus.BadFormat;
        }

        var hours = Digits.Read(text, 1, 2);
        var minutes = Digits.Read(text, 3, 2);
        var magnitude = new TimeSpan(hours, minutes, 0);
        offset = text[0] == '-' ? -magnitude : magnitude;
        return minutes < 60 && offset >= Minimum && offset <= Maximum ? ParseStatus.Ok : ParseStatus.OutOfRange;
    }
}
