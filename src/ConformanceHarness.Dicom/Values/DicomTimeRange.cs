using System.Diagnostics.CodeAnalysis;

namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// A TM range matching key, PS3.4 C.2.2.2.5.2: "070000-120000", "-12", "0700-". Times compare within one day;
/// ranges that cross midnight are not supported (C.2.2.2.5.2) and fail to parse.
/// </summary>
/// <remarks>
/// An upper bound covers everything its precision leaves open: "-12" includes 12:59:59.999999, and
/// "1015" as a single value is 10:15:00 … 10:15:59.9999999.
/// </remarks>
public sealed record DicomTimeRange(TimeOnly? From, TimeOnly? To)
{
    public static bool TryParse(string text, [NotNullWhen(true)] out DicomTimeRange? range)
    {
        ArgumentNullException.ThrowIfNull(text);
        range = null;
        foreach (var (lower, upper) in RangeText.Splits(text))
        {
            if (TryBound(lower, upper: false, out var from) && TryBound(upper, upper: true, out var to) && !(from > to))
            {
                range = new DicomTimeRange(from, to);
                return true;
            }
        }

        return false;
    }

    public bool Contains(TimeOnly time) => !(time < From) && !(time > To);

    private static bool TryBound(string? text, bool upper, out TimeOnly? bound)
    {
        bound = null;
        if (text is null)
        {
            return true;
        }

        if (TimeText.Parse(text, out var time, out var resolution, out _) != ParseStatus.Ok)
        {
            return false;
        }

        var endTicks = Math.Min(time.Ticks + resolution.Ticks - 1, TimeOnly.MaxValue.Ticks);
        bound = upper ? new TimeOnly(endTicks) : time;
        return true;
    }
}
