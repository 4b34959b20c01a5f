using System.Buffers.Binary;
using System.Text;

namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>A cursor over a PDU's bytes whose every read names the field it reads.</summary>
/// <remarks>All multi-byte fields are big-endian (PS3.8 §9.3.1). Offsets count from the PDU's first byte.</remarks>
public sealed class PduReader(string pdu, ReadOnlyMemory<byte> data, int baseOffset = 0)
{
    private int _position;

    public string Pdu { get; } = pdu;

    public int Offset => baseOffset + _position;

    public int Remaining => data.Length - _position;

    /// <summary>The bytes are this reader's alone (a PDU body just read from the transport), so values may keep slices
    /// of them rather than copies (<see cref="ReadValueList"/>).</summary>
    public bool OwnsData { get; init; }

    public byte ReadByte(string name) => Take(name, 1).Span[0];

    public ushort ReadUInt16BE(string name) => BinaryPrimitives.ReadUInt16BigEndian(Take(name, 2).Span);

    public uint ReadUInt32BE(string name) => BinaryPrimitives.ReadUInt32BigEndian(Take(name, 4).Span);

    public ReadOnlyMemory<byte> ReadBytes(string name, int count) => Take(name, count);

    public void Skip(string name, int count) => Take(name, count);

    /// <summary>The next <paramref name="count"/> bytes as a value: a slice when the reader <see cref="OwnsData"/>, else a copy.</summary>
    public ValueList<byte> ReadValueList(string name, int count)
    {
        var bytes = Take(name, count);
        return OwnsData ? new ValueList<byte>(bytes) : [.. bytes.Span];
    }

    /// <summary>An AE title: 16 bytes, leading and trailing spaces not significant (PS3.8 Table 9-11).</summary>
    public string ReadAeTitle(string name) => Encoding.ASCII.GetString(Take(name, 16).Span).Trim(' ', '\0');

    /// <summary>An ASCII value such as a UID; a trailing NUL or space pad is dropped (PS3.8 Annex F).</summary>
    public string ReadAscii(string name, int count) => Encoding.ASCII.GetString(Take(name, count).Span).TrimEnd('\0', ' ');

    /// <summary>A reader over the next <paramref name="count"/> bytes, which this reader then passes over.</summary>
    public PduReader Slice(string name, int count)
    {
        var start = Offset;
        return new PduReader(Pdu, Take(name, count), start) { OwnsData = OwnsData };
    }

    public PduFormatException Error(string name, string message) => new(Pdu, name, Offset, message);

    private ReadOnlyMemory<byte> Take(string name, int count)
    {
        if (count < 0 || count > Remaining)
        {
            throw Error(name, $"needs {count} byte{(count == 1 ? "" : "s")}, {Remaining} remain");
        }

        var slice = data.Slice(_position, count);
        _position += count;
        return slice;
    }
}
