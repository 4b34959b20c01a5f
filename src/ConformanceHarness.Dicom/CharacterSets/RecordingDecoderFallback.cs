using System.Text;

namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>Decodes each undefined byte sequence as U+FFFD and records a <see cref="CharacterSetFindingCodes.InvalidByte"/> finding.</summary>
internal sealed class RecordingDecoderFallback(string characterSet, int offset, ICollection<CharacterSetFinding>? findings)
    : DecoderFallback
{
    // Encoding.GetString may run the fallback twice (count, then decode): record each offset once.
    private readonly HashSet<int> _recorded = [];

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private void Record(byte[] bytes, int index)
    {
        if (!_recorded.Add(index)) return;
        findings?.Add(new CharacterSetFinding(CharacterSetFindingCodes.InvalidByte,
            $"byte(s) {Convert.ToHexString(bytes)} at offset {offset + Math.Max(index, 0)} are not defined in {characterSet}; decoded as U+FFFD"));
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
