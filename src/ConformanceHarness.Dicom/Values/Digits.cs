namespace ConformanceHarness.Dicom.Values;

/// <summary>Fixed-width ASCII digit fields, as DA, TM, DT and AS spell their components.</summary>
internal static class Digits
{
    public static bool AreAll(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    /// <summary>Reads <paramref name="count"/> digits at <paramref name="start"/>; the caller checked they are digits.</summary>
    public static int Read(ReadOnlySpan<char> text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    /// <summary>A fraction of 1 to 6 digits as 100 ns ticks: "5" is 5,000,000 ticks, "000001" is 10.</summary>
    public static long FractionTicks(ReadOnlySpan<char> fraction)
    {
        long ticks = Read(fraction, 0, fraction.Length);
        for (var i = fraction.Length; i < 7; i++)
        {
            ticks *= 10;
        }

        return ticks;
    }

    public static ReadOnlySpan<char> TrimPadding(ReadOnlySpan<char> text) => text.TrimEnd(' ');
}
