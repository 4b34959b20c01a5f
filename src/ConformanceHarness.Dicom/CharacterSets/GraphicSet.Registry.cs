namespace ConformanceHarness.Dicom.CharacterSets;

public sealed partial class GraphicSet
{
    private const byte Esc = 0x1B;

    /// <summary>ISO 646 / ISO-IR 6 (ASCII) in G0: ESC 02/08 04/02.</summary>
    public static readonly GraphicSet Ascii = new("ISO 646", CodeElement.G0, [Esc, 0x28, 0x42], 1, 20127);

    /// <summary>
    /// JIS X 0201 Romaji in G0: ESC 02/08 04/10. Read as ASCII: 0x5C stays the backslash delimiter
    /// and 0x7E the tilde, as DICOM readers commonly do (PS3.5 §6.1.2.3 keeps 0x5C a delimiter).
    /// </summary>
    public static readonly GraphicSet JisX0201Romaji = new("JIS X 0201 Romaji", CodeElement.G0, [Esc, 0x28, 0x4A], 1, 932);

    /// <summary>JIS X 0201 Katakana in G1: ESC 02/09 04/09.</summary>
    public static readonly GraphicSet JisX0201Katakana = new("JIS X 0201 Katakana", CodeElement.G1, [Esc, 0x29, 0x49], 1, 932);

    public static readonly GraphicSet Latin1 = new("ISO 8859-1", CodeElement.G1, [Esc, 0x2D, 0x41], 1, 28591);
    public static readonly GraphicSet Latin2 = new("ISO 8859-2", CodeElement.G1, [Esc, 0x2D, 0x42], 1, 28592);
    public static readonly GraphicSet Latin3 = new("ISO 8859-3", CodeElement.G1, [Esc, 0x2D, 0x43], 1, 28593);
    public static readonly GraphicSet Latin4 = new("ISO 8859-4", CodeElement.G1, [Esc, 0x2D, 0x44], 1, 28594);
    public static readonly GraphicSet Cyrillic = new("ISO 8859-5", CodeElement.G1, [Esc, 0x2D, 0x4C], 1, 28595);
    public static readonly GraphicSet Arabic = new("ISO 8859-6", CodeElement.G1, [Esc, 0x2D, 0x47], 1, 28596);
    public static readonly GraphicSet Greek = new("ISO 8859-7", CodeElement.G1, [Esc, 0x2D, 0x46], 1, 28597);
    public static readonly GraphicSet Hebrew = new("ISO 8859-8", CodeElement.G1, [Esc, 0x2D, 0x48], 1, 28598);
    public static readonly GraphicSet Latin5 = new("ISO 8859-9", CodeElement.G1, [Esc, 0x2D, 0x4D], 1, 28599);
    public static readonly GraphicSet Latin9 = new("ISO 8859-15", CodeElement.G1, [Esc, 0x2D, 0x62], 1, 28605);

    /// <summary>TIS 620-2533 in G1: ESC 02/13 05/04; decoded with windows-874, its superset.</summary>
    public static readonly GraphicSet Thai = new("TIS 620-2533", CodeElement.G1, [Esc, 0x2D, 0x54], 1, 874);

    /// <summary>JIS X 0208 (kanji, hiragana, katakana) in G0: ESC 02/04 04/02; decoded as EUC-JP (code page 20932).</summary>
    public static readonly GraphicSet JisX0208 =
        new("JIS X 0208", CodeElement.G0, [Esc, 0x24, 0x42], 2, 20932, GraphicSetForm.HighBitBoth);

    /// <summary>JIS X 0212 (supplementary kanji) in G0: ESC 02/04 02/08 04/04; decoded with code page 20932.</summary>
    public static readonly GraphicSet JisX0212 =
        new("JIS X 0212", CodeElement.G0, [Esc, 0x24, 0x28, 0x44], 2, 20932, GraphicSetForm.HighBitFirst);

    /// <summary>KS X 1001 (Hangul and Hanja) in G1: ESC 02/04 02/09 04/03; decoded as EUC-KR (code page 51949).</summary>
    public static readonly GraphicSet KsX1001 = new("KS X 1001", CodeElement.G1, [Esc, 0x24, 0x29, 0x43], 2, 51949);

    /// <summary>GB 2312 in G1: ESC 02/04 02/09 04/01; decoded with code page 936, whose GR range is GB 2312.</summary>
    public static readonly GraphicSet Gb2312 = new("GB 2312", CodeElement.G1, [Esc, 0x24, 0x29, 0x41], 2, 936);

    /// <summary>Every set an escape sequence can designate.</summary>
    public static IReadOnlyList<GraphicSet> All { get; } =
    [
        Ascii, JisX0201Romaji, JisX0201Katakana, Latin1, Latin2, Latin3, Latin4, Cyrillic, Arabic, Greek, Hebrew,
        Latin5, Latin9, Thai, JisX0208, JisX0212, KsX1001, Gb2312,
    ];

    /// <summary>The set whose escape sequence starts at <paramref name="value"/>[0], if any.</summary>
    internal static GraphicSet? MatchEscape(ReadOnlySpan<byte> value)
    {
        foreach (var set in All)
            if (value.StartsWith(set.Escape.Span)) return set;
        return null;
    }
}
