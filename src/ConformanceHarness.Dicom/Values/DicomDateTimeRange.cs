using System.Diagnostics.CodeAnalysis;

namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// A DT range matching key, PS3.4 C.2.2.2.5.3: "20240101080000-20240101170000", "-2024", "202401+0100-".
/// Offsets are taken into account: bounds without their own offset take <c>defaultOffset</c> (the query's
/// Timezone Offset From UTC), else UTC.
/// </summary>
/// <remarks>
/// An upper bound covers everything its precision leaves open ("-2024" runs to the end of 2024). Because
/// offsets also use '-', every hyphen is tried as the separator and the first reading whose bounds parse
/// and are in order wins.
/// </remarks>
public sealed record DicomDateTimeRange(DateTimeOffset? From, DateTimeOffset? To)
{
    public static bool TryParse(string text, TimeSpan? defaultOffset, [NotNullWhen(true)] out DicomDateTimeRange? range)
    {
        ArgumentNullException.ThrowIfNull(text);
        range = null;
        foreach (var (lower, upper) in RangeText.Splits(text))
        {
            if (TryBound(lower, defaultOffset, upper: false, out var from)
                && TryBound(upper, defaultOffset, upper: true, out var to) && !(from > to))
            {
                range = new DicomDateTimeRange(from, to);
                return true;
            }
        }

        return false;
    }

    public bool Contains(DateTimeOffset moment) => !(moment < From) && !(moment > To);

    private static bool TryBound(string? text, TimeSpan? defaultOffset, bool upper, out DateTimeOffset? bound)
    {
        bound = null;
        if (text is null)
        {
            return true;
        }

        if (DateTimeText.Parse(text, defaultOffset, out var value) != ParseStatus.Ok)
        {
            return false;
        }

        bound = upper ? value.End : value.Start;
        return true;
    }
}
