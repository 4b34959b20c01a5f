namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// Reads DA text, PS3.5 Table 6.2-1: "YYYYMMDD", and the ACR-NEMA "YYYY.MM.DD" that DICOM retired
/// (reported through <c>retired</c> so the validator can flag it while parsers accept it).
/// </summary>
internal static class DateText
{
    public static ParseStatus Parse(ReadOnlySpan<char> text, out DateOnly date, out bool retired)
    {
        date = default;
        retired = text.Length == 10 && text[4] == '.' && text[7] == '.';
        if (retired)
        {
            text = string.Concat(text[..4], text.Slice(5, 2), text.Slice(8, 2));
        }

        if (text.Length != 8 || !Digits.AreAll(text))
        {
            return ParseStatus.BadFormat;
        }

        return TryCompose(Digits.Read(text, 0, 4), Digits.Read(text, 4, 2), Digits.Read(text, 6, 2), out date)
            ? ParseStatus.Ok
            : ParseStatus.OutOfRange;
    }

    public static bool TryCompose(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
