using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>The inverse of <see cref="PduReader"/>: appends named, big-endian fields.</summary>
/// <remarks>PS3.8 §9.3.1: multi-byte fields are big-endian; reserved fields are sent as 00H.</remarks>
public sealed class PduWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public int Length => _buffer.WrittenCount;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.WrittenMemory;

    public void WriteByte(string name, byte value) => WriteBytes(name, [value]);

    public void WriteUInt16BE(string name, ushort value) => BinaryPrimitives.WriteUInt16BigEndian(Span(2), value);

    public void WriteUInt32BE(string name, uint value) => BinaryPrimitives.WriteUInt32BigEndian(Span(4), value);

    public void WriteBytes(string name, ReadOnlySpan<byte> value) => _buffer.Write(value);

    public void WriteZeros(string name, int count) => Span(count).Clear();

    /// <summary>An AE title, space padded to 16 bytes (PS3.8 Table 9-11).</summary>
    public void WriteAeTitle(string name, string value)
    {
        if (value.Length > 16 || !Ascii.IsValid(value))
        {
            throw new ArgumentException($"field '{name}' needs at most 16 ASCII characters: '{value}'", name);
        }

        WriteBytes(name, Encoding.ASCII.GetBytes(value.PadRight(16)));
    }

    public void WriteAscii(string name, string value) => WriteBytes(name, Encoding.ASCII.GetBytes(value));

    /// <summary>Writes a 2-byte length field, then <paramref name="body"/>, then back-fills the length.</summary>
    public void WriteLengthPrefixed16(string name, Action<PduWriter> body) =>
        WriteLengthPrefixed(name, 2, ushort.MaxValue, body);

    /// <summary>Writes a 4-byte length field, then <paramref name="body"/>, then back-fills the length.</summary>
    public void WriteLengthPrefixed32(string name, Action<PduWriter> body) =>
        WriteLengthPrefixed(name, 4, uint.MaxValue, body);

    private void WriteLengthPrefixed(string name, int size, uint max, Action<PduWriter> body)
    {
        var inner = new PduWriter();
        body(inner);
        if ((uint)inner.Length > max)
        {
            throw new ArgumentException($"field '{name}' cannot hold {inner.Length}; the limit is {max}", name);
        }

        if (size == 2) WriteUInt16BE(name, (ushort)inner.Length);
        else WriteUInt32BE(name, (uint)inner.Length);
        WriteBytes(name, inner.WrittenMemory.Span);
    }

    private Span<byte> Span(int count)
    {
        var span = _buffer.GetSpan(count)[..count];
        _buffer.Advance(count);
        return span;
    }
}
