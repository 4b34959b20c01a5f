namespace ConformanceHarness.Dicom.Values;

/// <summary>The character repertoires of PS3.5 Table 6.2-1, as predicates over decoded characters.</summary>
internal static class CharacterSets
{
    private const char Escape = '\u001B';
    private const string UriPunctuation = "-._~:/?#[]@!$&'()*+,;=%";

    /// <summary>AE: the default repertoire (G0, 20H-7EH) without backslash; no control characters.</summary>
    public static bool IsApplicationEntity(char c) => c is >= ' ' and <= '~' and not '\\';

    public static bool IsAge(char c) => char.IsAsciiDigit(c) || DicomAge.Units.Contains(c, StringComparison.Ordinal);

    /// <summary>CS: upper-case letters, digits, space and underscore.</summary>
    public static bool IsCode(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is ' ' or '_';

    /// <summary>DA: digits, and the dot of the retired "YYYY.MM.DD".</summary>
    public static bool IsDate(char c) => char.IsAsciiDigit(c) || c == '.';

    public static bool IsDecimal(char c) => char.IsAsciiDigit(c) || c is '+' or '-' or 'E' or 'e' or '.' or ' ';

    public static bool IsDateTime(char c) => char.IsAsciiDigit(c) || c is '+' or '-' or '.' or ' ';

    public static bool IsInteger(char c) => char.IsAsciiDigit(c) || c is '+' or '-' or ' ';

    /// <summary>TM: digits, dot, space, and the colon of the retired "HH:MM:SS".</summary>
    public static bool IsTime(char c) => char.IsAsciiDigit(c) || c is '.' or ' ' or ':';

    public static bool IsUid(char c) => char.IsAsciiDigit(c) || c == '.';

    /// <summary>UR: the unreserved and reserved characters of RFC 3986 and percent signs.</summary>
    public static bool IsUri(char c) => char.IsAsciiLetterOrDigit(c) || UriPunctuation.Contains(c, StringComparison.Ordinal);

    /// <summary>LO, PN, SH, UC: any character but backslash and controls other than ESC.</summary>
    public static bool IsString(char c) => c != '\\' && (!char.IsControl(c) || c == Escape);

    /// <summary>LT, ST, UT: any character; of the controls only TAB, LF, FF, CR and ESC.</summary>
    public static bool IsText(char c) => !char.IsControl(c) || c is '\t' or '\n' or '\f' or '\r' or Escape;
}
