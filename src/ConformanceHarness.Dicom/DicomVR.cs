namespace ConformanceHarness.Dicom;

/// <summary>
/// A value representation, PS3.5 Table 6.2-1: its code, encoding kind, padding byte, maximum value
/// length, the size of one binary value, whether explicit VR uses a 32-bit length, and whether
/// Specific Character Set (0008,0005) applies to it. The 34 VRs are a closed registry (<see cref="All"/>).
/// </summary>
public sealed partial class DicomVR
{
    private DicomVR(string code, string name, DicomVRKind kind, byte padding, uint maxLength, int unitSize,
        bool longLength, bool charsetApplies, bool isMultiValued)
    {
        Code = code;
        Name = name;
        Kind = kind;
        Padding = padding;
        MaxLength = maxLength;
        UnitSize = unitSize;
        HasLongLength = longLength;
        CharacterSetApplies = charsetApplies;
        IsMultiValued = isMultiValued;
    }

    /// <summary>The two-letter code, e.g. "PN".</summary>
    public string Code { get; }

    public string Name { get; }

    public DicomVRKind Kind { get; }

    /// <summary>The byte that pads a value to even length: space (0x20) for strings, NUL for UI and binary.</summary>
    public byte Padding { get; }

    /// <summary>Maximum length of one value: characters for strings (bytes for UI), bytes for the others; uint.MaxValue when unbounded.</summary>
    public uint MaxLength { get; }

    /// <summary>Bytes per value for binary VRs (US = 2, FD = 8, AT = 4, OW = 2 …); 1 for strings and OB/UN; 0 for SQ.</summary>
    public int UnitSize { get; }

    /// <summary>Explicit VR encodes the length in 4 bytes after 2 reserved bytes (OB, OD, OF, OL, OV, OW, SQ, SV, UC, UN, UR, UT, UV).</summary>
    public bool HasLongLength { get; }

    /// <summary>Specific Character Set (0008,0005) applies (SH, LO, ST, LT, PN, UC, UT).</summary>
    public bool CharacterSetApplies { get; }

    /// <summary>Backslash separates several values (string VRs other than LT, ST, UT, UR).</summary>
    public bool IsMultiValued { get; }

    public bool IsString => Kind == DicomVRKind.String;

    public override string ToString() => Code;
}
