using System.Text;

namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>Decodes each undefined byte sequence as U+FFFD and records a <see cref="CharacterSetFindingCodes.InvalidByte"/> finding.</summary>
internal sealed class RecordingDecoderFallback(string characterSet, ICollection<CharacterSetFinding>? findings) : DecoderFallback
{
    // Encoding.GetString may run the fallback twice (count, then decode): record each offset once.
    private readonly HashSet<int> _recorded = [];

    /// <summary>Where in the value the bytes being decoded start.</summary>
    public int Offset { get; set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    /// <summary>Records bytes found invalid before decoding and returns their replacement.</summary>
    public string Reject(ReadOnlySpan<byte> bytes)
    {
        Record(bytes.ToArray(), 0);
        return "\uFFFD";
    }

    private void Record(byte[] bytes, int index)
    {
        var offset = Offset + Math.Max(index, 0);
        if (!_recorded.Add(offset)) return;
        findings?.Add(new CharacterSetFinding(CharacterSetFindingCodes.InvalidByte,
            $"byte(s) {Convert.ToHexString(bytes)} at offset {offset} are not defined in {characterSet}; decoded as U+FFFD"));
    }

    private sealed class Buffer(RecordingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private bool _pending;

        public override int Remaining => _pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Record(bytesUnknown, index);
            _pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!_pending) return '\0';
            _pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious() => false;

        public override void Reset() => _pending = false;
    }
}
