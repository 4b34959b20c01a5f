using System.Text;

namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>
/// Decodes one value with ISO 2022 code extensions, PS3.5 §6.1.2.5: bytes below 0x80 belong to the
/// set in G0, bytes from 0x80 to the set in G1; escape sequences designate sets; value 1's sets return
/// at each reset point (<see cref="ResetPoints"/>). Consecutive bytes of one set decode as one run.
/// </summary>
internal sealed class Iso2022Decoder(DicomCharacterSet characterSet, DicomVR vr, ICollection<CharacterSetFinding>? findings)
{
    private readonly StringBuilder _text = new();
    private Iso2022State _state = characterSet.Initial;
    private GraphicSet? _runSet;
    private int _runStart;

    public string Decode(ReadOnlySpan<byte> value)
    {
        var i = 0;
        while (i < value.Length)
        {
            var b = value[i];
            if (b == ResetPoints.Esc)
            {
                Flush(value, i);
                i += Designate(value[i..], i);
                _runStart = i;
            }
            else if (b is <= 0x20 or 0x7F || (_state.G0.BytesPerCharacter == 1 && ResetPoints.IsDelimiter(b, vr)))
            {
                Flush(value, i);
                _text.Append((char)b);
                if (b != 0x20) _state = characterSet.Initial;
                _runStart = ++i;
            }
            else i = Consume(value, i, b < 0x80 ? _state.G0 : _state.G1);
        }
        Flush(value, value.Length);
        return _text.ToString();
    }

    private int Consume(ReadOnlySpan<byte> value, int i, GraphicSet? set)
    {
        if (set != _runSet) Flush(value, i);
        if (set is null)
        {
            Report(CharacterSetFindingCodes.InvalidByte, $"byte {value[i]:X2} at offset {i} falls in G1, but no character set is designated to G1; decoded as U+FFFD");
            _text.Append('\uFFFD');
            _runStart = i + 1;
            return i + 1;
        }
        _runSet = set;
        return i + 1;
    }

    private void Flush(ReadOnlySpan<byte> value, int end)
    {
        if (_runSet is not null && end > _runStart) _text.Append(_runSet.Decode(value[_runStart..end], _runStart, findings));
        _runSet = null;
        _runStart = end;
    }

    /// <summary>Applies the escape sequence at the start of <paramref name="rest"/>; returns how many bytes it takes.</summary>
    private int Designate(ReadOnlySpan<byte> rest, int offset)
    {
        if (GraphicSet.MatchEscape(rest) is { } set)
        {
            if (!characterSet.Declares(set))
                Report(CharacterSetFindingCodes.UndeclaredEscape, $"escape sequence {Describe(set.Escape.Span)} at offset {offset} designates {set.Name}, which (0008,0005) '{characterSet}' does not list; honoured");
            _state = _state.Designate(set);
            return set.Escape.Length;
        }
        var length = EscapeLength(rest);
        var what = length == 1 ? "ESC not followed by a complete escape sequence" : $"unknown escape sequence {Describe(rest[..length])}";
        Report(CharacterSetFindingCodes.BadEscape, $"{what} at offset {offset}; skipped");
        return length;
    }

    /// <summary>ESC, intermediate bytes 02/00–02/15, one final byte 03/00–07/14 (ISO 2022 §13.1); 1 when malformed.</summary>
    private static int EscapeLength(ReadOnlySpan<byte> rest)
    {
        var i = 1;
        while (i < rest.Length && rest[i] is >= 0x20 and <= 0x2F) i++;
        return i < rest.Length && rest[i] is >= 0x30 and <= 0x7E ? i + 1 : 1;
    }

    private static string Describe(ReadOnlySpan<byte> escape) =>
        "ESC " + string.Join(' ', escape[1..].ToArray().Select(b => $"{b >> 4:D2}/{b & 0xF:D2}"));

    private void Report(string code, string message) => findings?.Add(new CharacterSetFinding(code, message));
}
