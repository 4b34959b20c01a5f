namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>
/// One parsed Specific Character Set (0008,0005) value list, e.g. ["", "ISO 2022 IR 87"] or
/// ["ISO_IR 192"], and the codec for the values it governs: SH, LO, ST, LT, PN, UC and UT
/// (PS3.3 C.12.1.1.2, PS3.5 §6.1). Other VRs always use the default repertoire. Nothing here
/// throws on bad data: problems become <see cref="CharacterSetFinding"/>s.
/// </summary>
public sealed class DicomCharacterSet
{
    private readonly IReadOnlyList<CharacterSetTerm> _resolved;

    private DicomCharacterSet(IReadOnlyList<string> terms, IReadOnlyList<CharacterSetTerm> resolved)
    {
        Terms = terms;
        _resolved = resolved.Count == 0 ? [CharacterSetTerm.IsoIr6] : resolved;
        UsesCodeExtensions = _resolved.Count > 1 || _resolved[0].UsesCodeExtensions;
        var first = _resolved[0];
        Initial = new Iso2022State(first.G0 ?? GraphicSet.Ascii, first.G1);
    }

    /// <summary>The default repertoire, ISO-IR 6 (ASCII): (0008,0005) absent or empty.</summary>
    public static DicomCharacterSet Default { get; } = new([], []);

    /// <summary>The values of (0008,0005) as given (trimmed of padding).</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The Defined Terms the values resolved to, after the repairs reported by <see cref="Parse"/>.</summary>
    public IReadOnlyList<CharacterSetTerm> ResolvedTerms => _resolved;

    /// <summary>ISO 2022 code extensions are in use: several values, or a single "ISO 2022 …" term.</summary>
    public bool UsesCodeExtensions { get; }

    /// <summary>The sets of value 1, active at the start of a value and after every reset point.</summary>
    internal Iso2022State Initial { get; }

    /// <summary>UTF-8, GB18030 or GBK: the whole value goes through one .NET encoding.</summary>
    internal CharacterSetTerm? WholeValueTerm => _resolved[0].IsIso2022Compatible ? null : _resolved[0];

    /// <summary>Parses (0008,0005); unknown or misplaced terms become findings and fall back as well as possible.</summary>
    public static DicomCharacterSet Parse(IReadOnlyList<string> specificCharacterSet, ICollection<CharacterSetFinding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(specificCharacterSet);
        var terms = specificCharacterSet.Select(value => value.Trim(' ', '\0')).ToList();
        if (terms.All(term => term.Length == 0)) return terms.Count == 0 ? Default : new DicomCharacterSet(terms, []);
        return new DicomCharacterSet(terms, CharacterSetParser.Resolve(terms, findings));
    }

    /// <summary>
    /// Decodes one value field. ISO 2022 escape sequences switch sets; value 1's sets come back at each
    /// reset point (PN "^" and "=", "\" between values, control characters), so each PN component group
    /// decodes on its own. Undefined bytes become U+FFFD and a finding.
    /// </summary>
    public string Decode(ReadOnlySpan<byte> value, DicomVR vr, ICollection<CharacterSetFinding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(vr);
        var set = vr.CharacterSetApplies ? this : Default;
        return set.WholeValueTerm is { } term
            ? WholeValueCodec.Decode(term, value, findings)
            : new Iso2022Decoder(set, vr, findings).Decode(value);
    }

    /// <summary>
    /// Encodes one value field, the inverse of <see cref="Decode"/>: with code extensions it emits the
    /// escape sequences needed and returns to value 1's sets before each reset point and at the end.
    /// A character no listed set can represent becomes '?' and a finding.
    /// </summary>
    public byte[] Encode(string value, DicomVR vr, ICollection<CharacterSetFinding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(vr);
        var set = vr.CharacterSetApplies ? this : Default;
        return set.WholeValueTerm is { } term
            ? WholeValueCodec.Encode(term, value, findings)
            : new Iso2022Encoder(set, vr, findings).Encode(value);
    }

    /// <summary>Whether an escape sequence for <paramref name="set"/> is allowed by the listed terms (ASCII always is).</summary>
    internal bool Declares(GraphicSet set) =>
        set == GraphicSet.Ascii || (UsesCodeExtensions && _resolved.Any(term => term.G0 == set || term.G1 == set));

    /// <summary>The sets the encoder may designate, value 1's first.</summary>
    internal IEnumerable<GraphicSet> Candidates =>
        _resolved.SelectMany(term => new[] { term.G0, term.G1 }).OfType<GraphicSet>().Distinct();

    public override string ToString() => Terms.Count == 0 ? "(default)" : string.Join('\\', Terms);
}
