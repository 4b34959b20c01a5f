namespace ConformanceHarness.Dicom;

public sealed partial class DicomVR
{
    private const byte Space = 0x20;
    private const byte Nul = 0x00;
    private const uint Unbounded = uint.MaxValue;

    public static readonly DicomVR AE = new("AE", "Application Entity", DicomVRKind.String, Space, 16, 1, false, false, true);
    public static readonly DicomVR AS = new("AS", "Age String", DicomVRKind.String, Space, 4, 1, false, false, true);
    public static readonly DicomVR AT = new("AT", "Attribute Tag", DicomVRKind.Binary, Nul, 4, 4, false, false, true);
    public static readonly DicomVR CS = new("CS", "Code String", DicomVRKind.String, Space, 16, 1, false, false, true);
    public static readonly DicomVR DA = new("DA", "Date", DicomVRKind.String, Space, 8, 1, false, false, true);
    public static readonly DicomVR DS = new("DS", "Decimal String", DicomVRKind.String, Space, 16, 1, false, false, true);
    public static readonly DicomVR DT = new("DT", "Date Time", DicomVRKind.String, Space, 26, 1, false, false, true);
    public static readonly DicomVR FD = new("FD", "Floating Point Double", DicomVRKind.Binary, Nul, 8, 8, false, false, true);
    public static readonly DicomVR FL = new("FL", "Floating Point Single", DicomVRKind.Binary, Nul, 4, 4, false, false, true);
    public static readonly DicomVR IS = new("IS", "Integer String", DicomVRKind.String, Space, 12, 1, false, false, true);
    public static readonly DicomVR LO = new("LO", "Long String", DicomVRKind.String, Space, 64, 1, false, true, true);
    public static readonly DicomVR LT = new("LT", "Long Text", DicomVRKind.String, Space, 10240, 1, false, true, false);
    public static readonly DicomVR OB = new("OB", "Other Byte", DicomVRKind.Bulk, Nul, Unbounded, 1, true, false, false);
    public static readonly DicomVR OD = new("OD", "Other Double", DicomVRKind.Bulk, Nul, Unbounded, 8, true, false, false);
    public static readonly DicomVR OF = new("OF", "Other Float", DicomVRKind.Bulk, Nul, Unbounded, 4, true, false, false);
    public static readonly DicomVR OL = new("OL", "Other Long", DicomVRKind.Bulk, Nul, Unbounded, 4, true, false, false);
    public static readonly DicomVR OV = new("OV", "Other 64-bit Very Long", DicomVRKind.Bulk, Nul, Unbounded, 8, true, false, false);
    public static readonly DicomVR OW = new("OW", "Other Word", DicomVRKind.Bulk, Nul, Unbounded, 2, true, false, false);
    public static readonly DicomVR PN = new("PN", "Person Name", DicomVRKind.String, Space, 64, 1, false, true, true);
    public static readonly DicomVR SH = new("SH", "Short String", DicomVRKind.String, Space, 16, 1, false, true, true);
    public static readonly DicomVR SL = new("SL", "Signed Long", DicomVRKind.Binary, Nul, 4, 4, false, false, true);
    public static readonly DicomVR SQ = new("SQ", "Sequence of Items", DicomVRKind.Sequence, Nul, Unbounded, 0, true, false, false);
    public static readonly DicomVR SS = new("SS", "Signed Short", DicomVRKind.Binary, Nul, 2, 2, false, false, true);
    public static readonly DicomVR ST = new("ST", "Short Text", DicomVRKind.String, Space, 1024, 1, false, true, false);
    public static readonly DicomVR SV = new("SV", "Signed 64-bit Very Long", DicomVRKind.Binary, Nul, 8, 8, true, false, true);
    public static readonly DicomVR TM = new("TM", "Time", DicomVRKind.String, Space, 14, 1, false, false, true);
    public static readonly DicomVR UC = new("UC", "Unlimited Characters", DicomVRKind.String, Space, Unbounded, 1, true, true, true);
    public static readonly DicomVR UI = new("UI", "Unique Identifier", DicomVRKind.String, Nul, 64, 1, false, false, true);
    public static readonly DicomVR UL = new("UL", "Unsigned Long", DicomVRKind.Binary, Nul, 4, 4, false, false, true);
    public static readonly DicomVR UN = new("UN", "Unknown", DicomVRKind.Bulk, Nul, Unbounded, 1, true, false, false);
    public static readonly DicomVR UR = new("UR", "Universal Resource Identifier", DicomVRKind.String, Space, Unbounded, 1, true, false, false);
    public static readonly DicomVR US = new("US", "Unsigned Short", DicomVRKind.Binary, Nul, 2, 2, false, false, true);
    public static readonly DicomVR UT = new("UT", "Unlimited Text", DicomVRKind.String, Space, Unbounded, 1, true, true, false);
    public static readonly DicomVR UV = new("UV", "Unsigned 64-bit Very Long", DicomVRKind.Binary, Nul, 8, 8, true, false, true);

    /// <summary>All 34 VRs of PS3.5 Table 6.2-1.</summary>
    public static IReadOnlyList<DicomVR> All { get; } =
    [
        AE, AS, AT, CS, DA, DS, DT, FD, FL, IS, LO, LT, OB, OD, OF, OL, OV, OW, PN, SH, SL, SQ, SS, ST, SV, TM, UC, UI,
        UL, UN, UR, US, UT, UV,
    ];

    private static readonly Dictionary<string, DicomVR> ByCode = All.ToDictionary(vr => vr.Code, StringComparer.Ordinal);

    public static bool TryParse(string code, out DicomVR vr) => ByCode.TryGetValue(code, out vr!);

    public static DicomVR Parse(string code) =>
        TryParse(code, out var vr) ? vr : throw new FormatException($"'{code}' is not a DICOM value representation");
}
