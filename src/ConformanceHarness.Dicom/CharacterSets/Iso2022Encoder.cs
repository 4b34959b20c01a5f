using System.Text;

namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>
/// Encodes one value with the graphic sets of (0008,0005), PS3.5 §6.1.2.5: each character goes to the
/// set already designated if it can, otherwise to the first listed set that has it, behind that set's
/// escape sequence. Before each reset point (<see cref="ResetPoints"/>) and at the end of the value,
/// value 1's sets are designated again if they were replaced, as in the examples of Annexes H, I and K.
/// </summary>
internal sealed class Iso2022Encoder(DicomCharacterSet characterSet, DicomVR vr, ICollection<CharacterSetFinding>? findings)
{
    private readonly List<byte> _bytes = [];
    private Iso2022State _state = characterSet.Initial;

    public byte[] Encode(string value)
    {
        var offset = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value < 0x20 || rune.Value == 0x7F || ResetPoints.IsDelimiter(rune.Value, vr)) WriteResetPoint((byte)rune.Value);
            else if (!TryWrite(rune.ToString())) WriteUnrepresentable(rune, offset);
            offset += rune.Utf16SequenceLength;
        }
        ReturnToInitial();
        return [.. _bytes];
    }

    private void WriteResetPoint(byte character)
    {
        ReturnToInitial();
        _bytes.Add(character);
    }

    private bool TryWrite(string character)
    {
        foreach (var set in CandidateSets())
        {
            if (!set.TryEncode(character, out var encoded)) continue;
            if (!_state.IsDesignated(set))
            {
                _bytes.AddRange(set.Escape.Span);
                _state = _state.Designate(set);
            }
            _bytes.AddRange(encoded);
            return true;
        }
        return false;
    }

    private IEnumerable<GraphicSet> CandidateSets()
    {
        yield return _state.G0;
        if (_state.G1 is not null) yield return _state.G1;
        if (!characterSet.UsesCodeExtensions) yield break;
        foreach (var set in characterSet.Candidates) yield return set;
        yield return GraphicSet.Ascii;
    }

    private void WriteUnrepresentable(Rune rune, int offset)
    {
        findings?.Add(new CharacterSetFinding(CharacterSetFindingCodes.Unrepresentable,
            $"'{rune}' (U+{rune.Value:X4}) at index {offset} cannot be represented in (0008,0005) '{characterSet}'; encoded as '?'"));
        if (!TryWrite("?")) _bytes.Add((byte)'?');
    }

    private void ReturnToInitial()
    {
        var initial = characterSet.Initial;
        if (_state.G0 != initial.G0) _bytes.AddRange(initial.G0.Escape.Span);
        if (_state.G1 != initial.G1 && initial.G1 is not null) _bytes.AddRange(initial.G1.Escape.Span);
        _state = initial;
    }
}
