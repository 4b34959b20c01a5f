namespace ConformanceHarness.Dicom.Values;

/// <summary>The format checks of PS3.5 Table 6.2-1 for the VRs whose values have a syntax.</summary>
internal static class ValueFormats
{
    public static IEnumerable<ValueViolation> None(string value) => [];

    public static IEnumerable<ValueViolation> Age(string value) =>
        DicomAge.TryParse(value, out _, out _) ? [] : [BadFormat("AS", value, "nnnD, nnnW, nnnM or nnnY")];

    public static IEnumerable<ValueViolation> Date(string value)
    {
        var status = DateText.Parse(value, out _, out var retired);
        return retired && status == ParseStatus.Ok
            ? [Retired("DA", value, "YYYY.MM.DD", "YYYYMMDD")]
            : FromStatus(status, "DA", value, "YYYYMMDD");
    }

    public static IEnumerable<ValueViolation> Time(string value)
    {
        var status = TimeText.Parse(value, out _, out _, out var retired);
        return retired && status == ParseStatus.Ok
            ? [Retired("TM", value, "HH:MM:SS", "HHMMSS")]
            : FromStatus(status, "TM", value, "HH[MM[SS[.F{1,6}]]]");
    }

    public static IEnumerable<ValueViolation> DateTime(string value)
    {
        const string Form = "YYYY[MM[DD[HH[MM[SS[.F{1,6}]]]]]][&ZZXX]";
        var status = DateTimeText.Parse(value, null, out _);
        return status == ParseStatus.Ok && value.EndsWith("-0000", StringComparison.Ordinal)
            ? [new(ValueViolationCodes.BadFormat, $"DT value '{value}' writes UTC as -0000; it shall be +0000")]
            : FromStatus(status, "DT", value, Form);
    }

    public static IEnumerable<ValueViolation> Decimal(string value) =>
        FromStatus(DicomDecimalString.Parse(value, out _), "DS", value, "a fixed or floating point number that fits a double");

    public static IEnumerable<ValueViolation> Integer(string value) =>
        FromStatus(DicomIntegerString.Parse(value, out _), "IS", value, "an integer in -2147483648 … 2147483647");

    public static IEnumerable<ValueViolation> Uid(string value) => DicomUid.ValidateStructure(value);

    /// <summary>PS3.5 §6.2.1: at most three component groups (=), each of at most five components (^).</summary>
    public static IEnumerable<ValueViolation> PersonName(string value)
    {
        var groups = value.Split('=');
        if (groups.Length > 3 || groups.Any(group => group.Count(c => c == '^') > 4))
        {
            yield return BadFormat("PN", value, "at most 3 component groups of at most 5 components");
        }
    }

    /// <summary>PN's 64-character limit applies to each component group.</summary>
    public static int LongestGroup(string value) => value.Split('=').Max(group => group.Length);

    private static IEnumerable<ValueViolation> FromStatus(ParseStatus status, string vr, string value, string form) => status switch
    {
        ParseStatus.BadFormat => [BadFormat(vr, value, form)],
        ParseStatus.OutOfRange => [new(ValueViolationCodes.OutOfRange, $"{vr} value '{value}' is out of range; expected {form}")],
        _ => [],
    };

    private static ValueViolation BadFormat(string vr, string value, string form) =>
        new(ValueViolationCodes.BadFormat, $"{vr} value '{value}' is not of the form {form}");

    private static ValueViolation Retired(string vr, string value, string retired, string current) =>
        new(ValueViolationCodes.RetiredFormat, $"{vr} value '{value}' uses the retired form {retired}; DICOM requires {current}");
}
