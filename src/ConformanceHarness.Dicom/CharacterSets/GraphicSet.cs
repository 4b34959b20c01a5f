using System.Text;

namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>
/// One graphic character set of ISO 2022 as DICOM uses it (PS3.3 Tables C.12-3 and C.12-4): the code
/// element it is designated to, the escape sequence that designates it, how many bytes one character
/// takes, and the .NET code page that decodes it. The sets are a closed registry (<see cref="All"/>).
/// </summary>
public sealed partial class GraphicSet
{
    private readonly Encoding _encoder;

    private GraphicSet(string name, CodeElement element, byte[] escape, int bytesPerCharacter, int codePage,
        GraphicSetForm form = GraphicSetForm.Identity)
    {
        Name = name;
        Element = element;
        Escape = escape;
        BytesPerCharacter = bytesPerCharacter;
        CodePage = codePage;
        Form = form;
        _encoder = CodePages.Get(codePage, new EncoderReplacementFallback(""), DecoderFallback.ReplacementFallback);
    }

    /// <summary>The standard the set comes from, e.g. "JIS X 0208".</summary>
    public string Name { get; }

    public CodeElement Element { get; }

    /// <summary>The designating escape sequence, ESC included (ESC 02/04 04/02 for JIS X 0208).</summary>
    public ReadOnlyMemory<byte> Escape { get; }

    public int BytesPerCharacter { get; }

    /// <summary>The .NET code page that decodes the set's bytes (after <see cref="Form"/>).</summary>
    public int CodePage { get; }

    internal GraphicSetForm Form { get; }

    public override string ToString() => Name;

    /// <summary>Encodes one character into this set's bytes as they appear in GL (G0) or GR (G1).</summary>
    internal bool TryEncode(string character, out byte[] bytes)
    {
        bytes = _encoder.GetBytes(character);
        if (bytes.Length != BytesPerCharacter || !FitsElement(bytes)) return false;
        if (Form == GraphicSetForm.HighBitBoth) bytes = [(byte)(bytes[0] & 0x7F), (byte)(bytes[1] & 0x7F)];
        else if (Form == GraphicSetForm.HighBitFirst) bytes = [(byte)(bytes[0] & 0x7F), bytes[1]];
        return true;
    }

    /// <summary>
    /// Decodes a run of this set's bytes one character at a time, so that a code page never joins
    /// bytes the set does not pair (a Shift-JIS lead byte in JIS X 0201 Katakana, a GBK pair in GB 2312).
    /// Bytes outside the set's range, or an odd byte of a two-byte set, become U+FFFD and a finding.
    /// </summary>
    internal string Decode(ReadOnlySpan<byte> run, int offset, ICollection<CharacterSetFinding>? findings)
    {
        var fallback = new RecordingDecoderFallback(Name, findings);
        var decoder = CodePages.Get(CodePage, EncoderFallback.ReplacementFallback, fallback);
        var text = new StringBuilder(run.Length);
        for (var i = 0; i < run.Length; i += BytesPerCharacter)
        {
            var unit = run.Slice(i, Math.Min(BytesPerCharacter, run.Length - i));
            fallback.Offset = offset + i;
            text.Append(InRange(unit) ? decoder.GetString(ToCodePageBytes(unit)) : fallback.Reject(unit));
        }
        return text.ToString();
    }

    private bool InRange(ReadOnlySpan<byte> unit) => unit.Length == BytesPerCharacter && (Element, BytesPerCharacter) switch
    {
        (CodeElement.G0, 1) => unit[0] < 0x80,
        (CodeElement.G0, _) => unit[0] is >= 0x21 and <= 0x7E && unit[1] is >= 0x21 and <= 0x7E,
        (CodeElement.G1, 1) => unit[0] >= 0xA0,
        _ => unit[0] is >= 0xA1 and <= 0xFE && unit[1] is >= 0xA1 and <= 0xFE,
    };

    private byte[] ToCodePageBytes(ReadOnlySpan<byte> unit) => Form switch
    {
        GraphicSetForm.HighBitBoth => [(byte)(unit[0] | 0x80), (byte)(unit[1] | 0x80)],
        GraphicSetForm.HighBitFirst => [(byte)(unit[0] | 0x80), unit[1]],
        _ => unit.ToArray(),
    };

    private bool FitsElement(byte[] bytes) => (Element, Form) switch
    {
        (CodeElement.G0, GraphicSetForm.Identity) => bytes.All(b => b < 0x80),
        (CodeElement.G0, GraphicSetForm.HighBitFirst) => bytes[0] is >= 0xA1 and <= 0xFE && bytes[1] is >= 0x21 and <= 0x7E,
        (CodeElement.G1, _) when BytesPerCharacter == 1 => bytes[0] >= 0xA0,
        _ => bytes.All(b => b is >= 0xA1 and <= 0xFE),
    };
}
