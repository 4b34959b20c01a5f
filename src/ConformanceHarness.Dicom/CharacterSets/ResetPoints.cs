namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>
/// Where the character sets of value 1 become active again, PS3.5 §6.1.2.5.3: before any control
/// character other than ESC (CR, LF, FF, HT …), before the "^" and "=" delimiters of PN, and before
/// the "\" that separates the values of a multi-valued VR. The end of the value is one too.
/// </summary>
internal static class ResetPoints
{
    public const byte Esc = 0x1B;

    public static bool IsControl(int c) => c is < 0x20 and not Esc;

    public static bool IsDelimiter(int c, DicomVR vr) =>
        (vr == DicomVR.PN && c is '^' or '=') || (vr.IsMultiValued && c == '\\');
}
