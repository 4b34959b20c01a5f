using System.Text;

namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>
/// UTF-8 (ISO_IR 192), GB18030 and GBK, PS3.3 Table C.12-5: no code extensions, so a whole value goes
/// through one .NET encoding. Delimiters never occur inside their multi-byte characters' lead bytes,
/// so decoding the value at once equals decoding each PN component group on its own.
/// </summary>
internal static class WholeValueCodec
{
    public static string Decode(CharacterSetTerm term, ReadOnlySpan<byte> value, ICollection<CharacterSetFinding>? findings)
    {
        var encoding = CodePages.Get(term.CodePage, EncoderFallback.ReplacementFallback,
            new RecordingDecoderFallback(term.DefinedTerm, findings));
        return encoding.GetString(value);
    }

    public static byte[] Encode(CharacterSetTerm term, string value, ICollection<CharacterSetFinding>? findings)
    {
        var encoding = CodePages.Get(term.CodePage, new EncoderReplacementFallback(""), DecoderFallback.ReplacementFallback);
        var bytes = new List<byte>(value.Length);
        var offset = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            var encoded = encoding.GetBytes(rune.ToString());
            if (encoded.Length == 0)
            {
                findings?.Add(new CharacterSetFinding(CharacterSetFindingCodes.Unrepresentable,
                    $"'{rune}' (U+{rune.Value:X4}) at index {offset} cannot be represented in {term.DefinedTerm}; encoded as '?'"));
                encoded = [(byte)'?'];
            }
            bytes.AddRange(encoded);
            offset += rune.Utf16SequenceLength;
        }
        return [.. bytes];
    }
}
