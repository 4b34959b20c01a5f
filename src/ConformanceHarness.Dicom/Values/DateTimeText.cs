namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// Reads DT text, PS3.5 Table 6.2-1: "YYYY[MM[DD[HH[MM[SS[.F{1,6}]]]]]][&amp;ZZXX]". Omitted components read
/// as their first value (month 1, day 1, hour 0). The offset is the value's own suffix, else the given default
/// (the dataset's Timezone Offset From UTC), else UTC.
/// </summary>
internal static class DateTimeText
{
    public static ParseStatus Parse(ReadOnlySpan<char> text, TimeSpan? defaultOffset, out PartialDateTime value)
    {
        value = default;
        var sign = text.Length > 4 ? text[4..].IndexOfAny('+', '-') : -1;
        var offset = defaultOffset ?? TimeSpan.Zero;
        if (sign >= 0 && OffsetText.Parse(text[(sign + 4)..], out offset) is var status && status != ParseStatus.Ok)
        {
            return status;
        }

        var body = sign >= 0 ? text[..(sign + 4)] : text;
        var dot = body.IndexOf('.');
        var whole = dot >= 0 ? body[..dot] : body;
        var fraction = dot >= 0 ? body[(dot + 1)..] : [];
        if (whole.Length is < 4 or > 14 || whole.Length % 2 != 0 || !Digits.AreAll(whole)
            || (dot >= 0 && (whole.Length != 14 || fraction.Length is < 1 or > 6 || !Digits.AreAll(fraction))))
        {
            return ParseStatus.BadFormat;
        }

        return Compose(whole, fraction, offset, sign >= 0, out value);
    }

    private static ParseStatus Compose(ReadOnlySpan<char> whole, ReadOnlySpan<char> fraction, TimeSpan offset, bool hasOffset,
        out PartialDateTime value)
    {
        value = default;
        var (hour, minute, second) = (Field(whole, 8, 0), Field(whole, 10, 0), Field(whole, 12, 0));
        if (!DateText.TryCompose(Digits.Read(whole, 0, 4), Field(whole, 4, 1), Field(whole, 6, 1), out var date)
            || hour > 23 || minute > 59 || second > 60)
        {
            return ParseStatus.OutOfRange;
        }

        var time = new TimeOnly(hour, minute, Math.Min(second, 59));
        var ticks = second == 60 ? 9_999_990 : (fraction.IsEmpty ? 0 : Digits.FractionTicks(fraction));
        var start = date.ToDateTime(time).AddTicks(ticks);
        var end = EndOf(start, whole.Length, fraction.Length);
        if (!TryOffset(start, offset, out var startValue) || !TryOffset(end, offset, out var endValue))
        {
            return ParseStatus.OutOfRange;
        }

        value = new PartialDateTime(startValue, endValue, hasOffset);
        return ParseStatus.Ok;
    }

    private static int Field(ReadOnlySpan<char> whole, int start, int fallback) =>
        whole.Length > start ? Digits.Read(whole, start, 2) : fallback;

    private static DateTime EndOf(DateTime start, int wholeDigits, int fractionDigits)
    {
        var remaining = DateTime.MaxValue - start;
        var span = wholeDigits switch
        {
            4 => start.Year == 9999 ? remaining : start.AddYears(1) - start,
            6 => start.Year == 9999 && start.Month == 12 ? remaining : start.AddMonths(1) - start,
            8 => TimeSpan.FromDays(1),
            10 => TimeSpan.FromHours(1),
            12 => TimeSpan.FromMinutes(1),
            _ => TimeSpan.FromTicks(fractionDigits == 0 ? TimeSpan.TicksPerSecond : (long)Math.Pow(10, 7 - fractionDigits)),
        };
        return span >= remaining ? DateTime.MaxValue : start + span - TimeSpan.FromTicks(1);
    }

    private static bool TryOffset(DateTime local, TimeSpan offset, out DateTimeOffset value)
    {
        value = default;
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(local, offset);
        return true;
    }
}
