namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// Splits a range matching key, PS3.4 C.2.2.2.5: "a-b", "-b", "a-", or a single value "a" (read as "a-a").
/// Trailing padding is removed first; spaces around the hyphen are tolerated.
/// </summary>
internal static class RangeText
{
    /// <summary>Every way to read <paramref name="text"/> as lower and upper bound, in order of hyphen position.</summary>
    public static IEnumerable<(string? Lower, string? Upper)> Splits(string text)
    {
        var trimmed = text.Trim(' ');
        if (trimmed.Length == 0 || trimmed == "-")
        {
            yield break;
        }

        var hyphen = trimmed.IndexOf('-');
        if (hyphen < 0)
        {
            yield return (trimmed, trimmed);
        }

        for (var at = hyphen; at >= 0; at = trimmed.IndexOf('-', at + 1))
        {
            yield return (NullIfEmpty(trimmed[..at]), NullIfEmpty(trimmed[(at + 1)..]));
        }

        if (hyphen >= 0)
        {
            // A single DT value whose offset is negative, e.g. "2024-0500".
            yield return (trimmed, trimmed);
        }
    }

    private static string? NullIfEmpty(string text) => text.Trim(' ') is { Length: > 0 } bound ? bound : null;
}
