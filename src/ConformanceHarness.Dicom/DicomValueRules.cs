namespace ConformanceHarness.Dicom;

/// <summary>
/// The rules a value must meet before it is set, PS3.5 §6.2: maximum length per value, character
/// repertoire per VR, and one value for VRs that are not multi-valued. Failures name tag, VR and rule.
/// </summary>
internal static class DicomValueRules
{
    private static readonly Dictionary<DicomVR, (Func<char, bool> Allowed, string Repertoire)> Repertoires = new()
    {
        [DicomVR.AE] = (c => c >= 0x20 && c != '\\' && c < 0x7F, "default repertoire without backslash or control characters"),
        [DicomVR.AS] = (c => char.IsAsciiDigit(c) || c is 'D' or 'W' or 'M' or 'Y', "digits and D, W, M, Y"),
        [DicomVR.CS] = (c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is ' ' or '_', "upper-case letters, digits, space and underscore"),
        [DicomVR.DA] = (c => char.IsAsciiDigit(c), "digits"),
        [DicomVR.DS] = (c => char.IsAsciiDigit(c) || c is '+' or '-' or 'E' or 'e' or '.' or ' ', "digits, + - E e . and space"),
        [DicomVR.DT] = (c => char.IsAsciiDigit(c) || c is '+' or '-' or '.' or ' ', "digits, + - . and space"),
        [DicomVR.IS] = (c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ', "digits, + - and space"),
        [DicomVR.TM] = (c => char.IsAsciiDigit(c) || c is '.' or ' ', "digits, . and space"),
        [DicomVR.UI] = (c => char.IsAsciiDigit(c) || c == '.', "digits and ."),
        [DicomVR.UR] = (c => c > 0x20 && c < 0x7F, "printable characters without spaces"),
        [DicomVR.LO] = (IsGraphicOrEscape, "graphic characters and ESC"),
        [DicomVR.SH] = (IsGraphicOrEscape, "graphic characters and ESC"),
        [DicomVR.PN] = (IsGraphicOrEscape, "graphic characters and ESC"),
        [DicomVR.UC] = (IsGraphicOrEscape, "graphic characters and ESC"),
        [DicomVR.LT] = (IsTextCharacter, "graphic characters, CR, LF, FF, TAB and ESC"),
        [DicomVR.ST] = (IsTextCharacter, "graphic characters, CR, LF, FF, TAB and ESC"),
        [DicomVR.UT] = (IsTextCharacter, "graphic characters, CR, LF, FF, TAB and ESC"),
    };

    public static void CheckStrings(DicomTag tag, DicomVR vr, IReadOnlyList<string> values)
    {
        if (!vr.IsString) throw Broken(tag, vr, "takes binary values, not strings; use a numeric AddOrUpdate overload");
        if (!vr.IsMultiValued && values.Count > 1) throw Broken(tag, vr, $"holds one value, {values.Count} were given");
        foreach (var value in values) CheckString(tag, vr, value);
    }

    public static ArgumentException Broken(DicomTag tag, DicomVR vr, string rule) => new($"{tag} {vr}: {rule}", "values");

    private static void CheckString(DicomTag tag, DicomVR vr, string value)
    {
        if (vr.MaxLength != uint.MaxValue && value.Length > vr.MaxLength)
            throw Broken(tag, vr, $"value '{value}' has {value.Length} characters, more than the maximum length {vr.MaxLength}");
        if (vr.IsMultiValued && value.Contains('\\'))
            throw Broken(tag, vr, $"value '{value}' contains a backslash, the value separator");
        var (allowed, repertoire) = Repertoires[vr];
        var bad = value.FirstOrDefault(c => !allowed(c));
        if (bad != default)
            throw Broken(tag, vr, $"value '{value}' has character U+{(int)bad:X4} outside the repertoire ({repertoire})");
    }

    private static bool IsGraphicOrEscape(char c) => c >= 0x20 && c != 0x7F || c == 0x1B;

    private static bool IsTextCharacter(char c) => IsGraphicOrEscape(c) || c is '\r' or '\n' or '\f' or '\t';
}
