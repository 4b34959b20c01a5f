namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// Reads TM text, PS3.5 Table 6.2-1: "HH[MM[SS[.F{1,6}]]]" with HH 00-23, MM 00-59, SS 00-60, and the
/// retired "HH:MM[:SS[.F]]". <c>resolution</c> is the span the text leaves open ("10" covers an hour),
/// which range matching needs for its upper bounds.
/// </summary>
/// <remarks>A leap second (SS = 60) reads as 59.999999 s: <see cref="TimeOnly"/> has no 60th second.</remarks>
internal static class TimeText
{
    private const long LeapSecondTicks = 9_999_990;

    public static ParseStatus Parse(ReadOnlySpan<char> text, out TimeOnly time, out TimeSpan resolution, out bool retired)
    {
        time = default;
        resolution = default;
        retired = text.Length >= 5 && text[2] == ':';
        if (retired && !TryDropColons(text, out text))
        {
            return ParseStatus.BadFormat;
        }

        var dot = text.IndexOf('.');
        var whole = dot >= 0 ? text[..dot] : text;
        var fraction = dot >= 0 ? text[(dot + 1)..] : [];
        if (whole.Length is not (2 or 4 or 6) || !Digits.AreAll(whole)
            || (dot >= 0 && (whole.Length != 6 || fraction.Length is < 1 or > 6 || !Digits.AreAll(fraction))))
        {
            return ParseStatus.BadFormat;
        }

        return Compose(whole, fraction, out time, out resolution);
    }

    private static ParseStatus Compose(ReadOnlySpan<char> whole, ReadOnlySpan<char> fraction, out TimeOnly time, out TimeSpan resolution)
    {
        time = default;
        var hour = Digits.Read(whole, 0, 2);
        var minute = whole.Length >= 4 ? Digits.Read(whole, 2, 2) : 0;
        var second = whole.Length == 6 ? Digits.Read(whole, 4, 2) : 0;
        resolution = ResolutionOf(whole.Length, fraction.Length);
        if (hour > 23 || minute > 59 || second > 60)
        {
            return ParseStatus.OutOfRange;
        }

        var ticks = second == 60 ? LeapSecondTicks : (fraction.IsEmpty ? 0 : Digits.FractionTicks(fraction));
        time = new TimeOnly(hour, minute, Math.Min(second, 59)).Add(TimeSpan.FromTicks(ticks));
        return ParseStatus.Ok;
    }

    private static TimeSpan ResolutionOf(int wholeDigits, int fractionDigits) => (wholeDigits, fractionDigits) switch
    {
        (2, _) => TimeSpan.FromHours(1),
        (4, _) => TimeSpan.FromMinutes(1),
        (_, 0) => TimeSpan.FromSeconds(1),
        _ => TimeSpan.FromTicks((long)Math.Pow(10, 7 - fractionDigits)),
    };

    /// <summary>"HH:MM" or "HH:MM:SS[.F]" without its colons; any other placement of colons fails.</summary>
    private static bool TryDropColons(ReadOnlySpan<char> text, out ReadOnlySpan<char> compact)
    {
        compact = default;
        if (text.Length > 5 && text[5] != ':')
        {
            return false;
        }

        compact = text.Length > 5
            ? string.Concat(text[..2], text.Slice(3, 2), text[6..])
            : string.Concat(text[..2], text.Slice(3, 2));
        return true;
    }
}
