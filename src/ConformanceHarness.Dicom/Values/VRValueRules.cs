using System.Text;

namespace ConformanceHarness.Dicom.Values;

/// <summary>The value rules of the 17 string VRs, PS3.5 Table 6.2-1, as data.</summary>
internal static class VRValueRules
{
    private const string Strings = "any character but backslash and control characters other than ESC";
    private const string Texts = "any character; of the control characters only TAB, LF, FF, CR and ESC";

    public static IReadOnlyDictionary<DicomVR, VRValueRule> ByVR { get; } = new Dictionary<DicomVR, VRValueRule>
    {
        [DicomVR.AE] = new("the default repertoire without backslash", CharacterSets.IsApplicationEntity, LeadingSpaces.Insignificant, ValueFormats.None, RejectsBlank: true),
        [DicomVR.AS] = new("0-9, D, W, M and Y", CharacterSets.IsAge, LeadingSpaces.Forbidden, ValueFormats.Age),
        [DicomVR.CS] = new("A-Z, 0-9, space and underscore", CharacterSets.IsCode, LeadingSpaces.Insignificant, ValueFormats.None),
        [DicomVR.DA] = new("0-9", CharacterSets.IsDate, LeadingSpaces.Forbidden, ValueFormats.Date),
        [DicomVR.DS] = new("0-9, +, -, E, e, . and space", CharacterSets.IsDecimal, LeadingSpaces.Insignificant, ValueFormats.Decimal),
        [DicomVR.DT] = new("0-9, +, -, . and space", CharacterSets.IsDateTime, LeadingSpaces.Forbidden, ValueFormats.DateTime),
        [DicomVR.IS] = new("0-9, +, - and space", CharacterSets.IsInteger, LeadingSpaces.Insignificant, ValueFormats.Integer),
        [DicomVR.LO] = new(Strings, CharacterSets.IsString, LeadingSpaces.Insignificant, ValueFormats.None),
        [DicomVR.LT] = new(Texts, CharacterSets.IsText, LeadingSpaces.Significant, ValueFormats.None),
        [DicomVR.PN] = new(Strings, CharacterSets.IsString, LeadingSpaces.Insignificant, ValueFormats.PersonName, ValueFormats.LongestGroup),
        [DicomVR.SH] = new(Strings, CharacterSets.IsString, LeadingSpaces.Insignificant, ValueFormats.None),
        [DicomVR.ST] = new(Texts, CharacterSets.IsText, LeadingSpaces.Significant, ValueFormats.None),
        [DicomVR.TM] = new("0-9, . and space", CharacterSets.IsTime, LeadingSpaces.Forbidden, ValueFormats.Time),
        [DicomVR.UC] = new(Strings, CharacterSets.IsString, LeadingSpaces.Insignificant, ValueFormats.None),
        [DicomVR.UI] = new("0-9 and .", CharacterSets.IsUid, LeadingSpaces.Forbidden, ValueFormats.Uid, Encoding.UTF8.GetByteCount),
        [DicomVR.UR] = new("the characters of RFC 3986", CharacterSets.IsUri, LeadingSpaces.Forbidden, ValueFormats.None),
        [DicomVR.UT] = new(Texts, CharacterSets.IsText, LeadingSpaces.Significant, ValueFormats.None),
    };
}
