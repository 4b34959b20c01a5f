using System.Diagnostics.CodeAnalysis;

namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// A DA range matching key, PS3.4 C.2.2.2.5.1: "20240101-20240131" (inclusive), "-20240131" (up to and
/// including), "20240101-" (from, including). A single date "20240101" reads as the one-day range.
/// A null bound is open.
/// </summary>
public sealed record DicomDateRange(DateOnly? From, DateOnly? To)
{
    /// <summary>Fails on malformed dates, on "-" alone and when the lower date is after the upper one.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out DicomDateRange? range)
    {
        ArgumentNullException.ThrowIfNull(text);
        range = null;
        foreach (var (lower, upper) in RangeText.Splits(text))
        {
            if (TryBound(lower, out var from) && TryBound(upper, out var to) && !(from > to))
            {
                range = new DicomDateRange(from, to);
                return true;
            }
        }

        return false;
    }

    public bool Contains(DateOnly date) => !(date < From) && !(date > To);

    private static bool TryBound(string? text, out DateOnly? bound)
    {
        bound = null;
        if (text is null)
        {
            return true;
        }

        var ok = DicomDate.TryParse(text, out var date);
        bound = date;
        return ok;
    }
}
