namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>
/// One Defined Term of Specific Character Set (0008,0005), PS3.3 C.12.1.1.2 Tables C.12-2 to C.12-5:
/// the ISO registration, the .NET code page that decodes a whole value when no code extensions are
/// used, and the graphic sets it designates to G0 and G1 when they are. The terms are a closed
/// registry (<see cref="All"/>).
/// </summary>
public sealed partial class CharacterSetTerm
{
    private CharacterSetTerm(string definedTerm, string isoIr, int codePage, bool usesCodeExtensions, bool isMultiByte,
        GraphicSet? g0, GraphicSet? g1)
    {
        DefinedTerm = definedTerm;
        IsoIr = isoIr;
        CodePage = codePage;
        UsesCodeExtensions = usesCodeExtensions;
        IsMultiByte = isMultiByte;
        G0 = g0;
        G1 = g1;
    }

    /// <summary>The value as it appears in (0008,0005), e.g. "ISO 2022 IR 87".</summary>
    public string DefinedTerm { get; }

    /// <summary>The ISO registration number(s), e.g. "ISO-IR 87", or the standard for the Unicode and Chinese sets.</summary>
    public string IsoIr { get; }

    /// <summary>The .NET code page that decodes a whole value of this term alone (for ISO 2022 multi-byte terms, the one of its graphic set).</summary>
    public int CodePage { get; }

    /// <summary>The term carries the "ISO 2022" prefix: escape sequences may switch sets (Tables C.12-3, C.12-4).</summary>
    public bool UsesCodeExtensions { get; }

    public bool IsMultiByte { get; }

    /// <summary>The set the term designates to G0, or null when it leaves G0 alone (the ISO 2022 G1-only terms).</summary>
    public GraphicSet? G0 { get; }

    /// <summary>The set the term designates to G1, or null.</summary>
    public GraphicSet? G1 { get; }

    /// <summary>UTF-8, GB18030 and GBK are not built from ISO 2022 graphic sets and admit no code extensions (Table C.12-5).</summary>
    public bool IsIso2022Compatible => G0 is not null || G1 is not null;

    public override string ToString() => DefinedTerm;
}
