namespace ConformanceHarness.Dicom.CharacterSets;

public sealed partial class CharacterSetTerm
{
    // Table C.12-2: single-byte character sets without code extensions.
    public static readonly CharacterSetTerm IsoIr6 = Plain("ISO_IR 6", "ISO-IR 6", 20127, null);
    public static readonly CharacterSetTerm IsoIr100 = Plain("ISO_IR 100", "ISO-IR 100", 28591, GraphicSet.Latin1);
    public static readonly CharacterSetTerm IsoIr101 = Plain("ISO_IR 101", "ISO-IR 101", 28592, GraphicSet.Latin2);
    public static readonly CharacterSetTerm IsoIr109 = Plain("ISO_IR 109", "ISO-IR 109", 28593, GraphicSet.Latin3);
    public static readonly CharacterSetTerm IsoIr110 = Plain("ISO_IR 110", "ISO-IR 110", 28594, GraphicSet.Latin4);
    public static readonly CharacterSetTerm IsoIr144 = Plain("ISO_IR 144", "ISO-IR 144", 28595, GraphicSet.Cyrillic);
    public static readonly CharacterSetTerm IsoIr127 = Plain("ISO_IR 127", "ISO-IR 127", 28596, GraphicSet.Arabic);
    public static readonly CharacterSetTerm IsoIr126 = Plain("ISO_IR 126", "ISO-IR 126", 28597, GraphicSet.Greek);
    public static readonly CharacterSetTerm IsoIr138 = Plain("ISO_IR 138", "ISO-IR 138", 28598, GraphicSet.Hebrew);
    public static readonly CharacterSetTerm IsoIr148 = Plain("ISO_IR 148", "ISO-IR 148", 28599, GraphicSet.Latin5);
    public static readonly CharacterSetTerm IsoIr203 = Plain("ISO_IR 203", "ISO-IR 203", 28605, GraphicSet.Latin9);
    public static readonly CharacterSetTerm IsoIr166 = Plain("ISO_IR 166", "ISO-IR 166", 874, GraphicSet.Thai);
    public static readonly CharacterSetTerm IsoIr13 =
        new("ISO_IR 13", "ISO-IR 13, ISO-IR 14", 932, false, false, GraphicSet.JisX0201Romaji, GraphicSet.JisX0201Katakana);

    // Table C.12-5: multi-byte character sets without code extensions.
    public static readonly CharacterSetTerm IsoIr192 = new("ISO_IR 192", "ISO-IR 192 (UTF-8)", 65001, false, true, null, null);
    public static readonly CharacterSetTerm Gb18030 = new("GB18030", "GB 18030", 54936, false, true, null, null);
    public static readonly CharacterSetTerm Gbk = new("GBK", "GBK", 936, false, true, null, null);

    // Table C.12-3: single-byte character sets with code extensions.
    public static readonly CharacterSetTerm Iso2022Ir6 = Extended(IsoIr6);
    public static readonly CharacterSetTerm Iso2022Ir100 = Extended(IsoIr100);
    public static readonly CharacterSetTerm Iso2022Ir101 = Extended(IsoIr101);
    public static readonly CharacterSetTerm Iso2022Ir109 = Extended(IsoIr109);
    public static readonly CharacterSetTerm Iso2022Ir110 = Extended(IsoIr110);
    public static readonly CharacterSetTerm Iso2022Ir144 = Extended(IsoIr144);
    public static readonly CharacterSetTerm Iso2022Ir127 = Extended(IsoIr127);
    public static readonly CharacterSetTerm Iso2022Ir126 = Extended(IsoIr126);
    public static readonly CharacterSetTerm Iso2022Ir138 = Extended(IsoIr138);
    public static readonly CharacterSetTerm Iso2022Ir148 = Extended(IsoIr148);
    public static readonly CharacterSetTerm Iso2022Ir203 = Extended(IsoIr203);
    public static readonly CharacterSetTerm Iso2022Ir13 = Extended(IsoIr13);
    public static readonly CharacterSetTerm Iso2022Ir166 = Extended(IsoIr166);

    // Table C.12-4: multi-byte character sets with code extensions (values 2 to n only).
    public static readonly CharacterSetTerm Iso2022Ir87 = new("ISO 2022 IR 87", "ISO-IR 87", 20932, true, true, GraphicSet.JisX0208, null);
    public static readonly CharacterSetTerm Iso2022Ir159 = new("ISO 2022 IR 159", "ISO-IR 159", 20932, true, true, GraphicSet.JisX0212, null);
    public static readonly CharacterSetTerm Iso2022Ir149 = new("ISO 2022 IR 149", "ISO-IR 149", 51949, true, true, null, GraphicSet.KsX1001);
    public static readonly CharacterSetTerm Iso2022Ir58 = new("ISO 2022 IR 58", "ISO-IR 58", 936, true, true, null, GraphicSet.Gb2312);

    public static IReadOnlyList<CharacterSetTerm> All { get; } =
    [
        IsoIr6, IsoIr100, IsoIr101, IsoIr109, IsoIr110, IsoIr144, IsoIr127, IsoIr126, IsoIr138, IsoIr148, IsoIr203, IsoIr166,
        IsoIr13, IsoIr192, Gb18030, Gbk, Iso2022Ir6, Iso2022Ir100, Iso2022Ir101, Iso2022Ir109, Iso2022Ir110, Iso2022Ir144,
        Iso2022Ir127, Iso2022Ir126, Iso2022Ir138, Iso2022Ir148, Iso2022Ir203, Iso2022Ir13, Iso2022Ir166, Iso2022Ir87,
        Iso2022Ir159, Iso2022Ir149, Iso2022Ir58,
    ];

    private static readonly Dictionary<string, CharacterSetTerm> ByTerm = All.ToDictionary(t => t.DefinedTerm, StringComparer.Ordinal);

    private static readonly Dictionary<string, CharacterSetTerm> ByLooseKey = All.ToDictionary(t => LooseKey(t.DefinedTerm));

    public static bool TryGet(string definedTerm, out CharacterSetTerm term) => ByTerm.TryGetValue(definedTerm, out term!);

    /// <summary>Matches a loosely spelled term: case, '_' / '-' / spaces ignored ("iso-ir 100" → ISO_IR 100).</summary>
    internal static bool TryGetLoose(string value, out CharacterSetTerm term) => ByLooseKey.TryGetValue(LooseKey(value), out term!);

    /// <summary>The "ISO 2022" twin of a plain single-byte term (ISO_IR 13 → ISO 2022 IR 13), or the term itself.</summary>
    internal CharacterSetTerm WithCodeExtensions() =>
        UsesCodeExtensions || !IsIso2022Compatible ? this : ByTerm[DefinedTerm.Replace("ISO_IR", "ISO 2022 IR")];

    private static CharacterSetTerm Plain(string term, string isoIr, int codePage, GraphicSet? g1) =>
        new(term, isoIr, codePage, false, false, GraphicSet.Ascii, g1);

    private static CharacterSetTerm Extended(CharacterSetTerm plain) =>
        new(plain.DefinedTerm.Replace("ISO_IR", "ISO 2022 IR"), plain.IsoIr, plain.CodePage, true, false, plain.G0, plain.G1);

    private static string LooseKey(string value) =>
        new(value.ToUpperInvariant().Where(c => c is not ('_' or '-' or ' ')).ToArray());
}
