namespace ConformanceHarness.Dicom.Values;

/// <summary>The codes a <see cref="ValueViolation"/> carries; stable identifiers, add and never rename.</summary>
public static class ValueViolationCodes
{
    /// <summary>Longer than the VR's maximum length (characters; bytes for UI), PS3.5 Table 6.2-1.</summary>
    public const string TooLong = "vr.too-long";

    /// <summary>A character outside the VR's repertoire.</summary>
    public const string InvalidCharacter = "vr.invalid-character";

    /// <summary>The characters are allowed but do not form a value of the VR (DA, TM, DT, AS, DS, IS, PN).</summary>
    public const string BadFormat = "vr.bad-format";

    /// <summary>Well formed but outside the VR's range (month 13, IS beyond 32 bits, DS overflowing a double).</summary>
    public const string OutOfRange = "vr.out-of-range";

    /// <summary>Spaces or NULs where the VR does not allow them (leading space in DA/TM/DT/UR, spaces in UI).</summary>
    public const string BadPadding = "vr.bad-padding";

    /// <summary>A format that older editions allowed and DICOM no longer supports (DA "YYYY.MM.DD", TM "HH:MM:SS").</summary>
    public const string RetiredFormat = "vr.retired-format";

    /// <summary>The number of values does not satisfy the attribute's VM (PS3.5 §6.4).</summary>
    public const string BadMultiplicity = "vr.bad-multiplicity";

    /// <summary>An empty UID, PS3.5 §9.1.</summary>
    public const string UidEmpty = "uid.empty";

    /// <summary>Two dots in a row, or a leading or trailing dot, PS3.5 §9.1.</summary>
    public const string UidEmptyComponent = "uid.empty-component";

    /// <summary>A component with a leading zero other than "0" itself, PS3.5 §9.1.</summary>
    public const string UidLeadingZero = "uid.leading-zero";

    /// <summary>The first component is not an ISO/IEC 8824 root arc (0, 1 or 2), PS3.5 §9.1.</summary>
    public const string UidBadRoot = "uid.bad-root";
}
