namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// The AS value representation, PS3.5 Table 6.2-1: "nnnD", "nnnW", "nnnM" or "nnnY" (days, weeks, months,
/// years), exactly four characters, e.g. "018M" is eighteen months.
/// </summary>
public static class DicomAge
{
    /// <summary>The unit letters of Table 6.2-1.</summary>
    public const string Units = "DWMY";

    public static bool TryParse(string text, out int count, out char unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        count = 0;
        unit = default;
        if (text.Length != 4 || !Digits.AreAll(text.AsSpan(0, 3)) || !Units.Contains(text[3], StringComparison.Ordinal))
        {
            return false;
        }

        count = Digits.Read(text, 0, 3);
        unit = text[3];
        return true;
    }
}
