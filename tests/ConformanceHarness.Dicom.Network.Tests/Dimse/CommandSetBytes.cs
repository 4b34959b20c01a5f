using System.Buffers.Binary;
using System.Text;

namespace ConformanceHarness.Dicom.Network.Tests.Dimse;

/// <summary>Hand-built Implicit VR Little Endian group 0000 command sets, written independently of the codec.</summary>
internal sealed class CommandSetBytes
{
    private readonly List<byte> _elements = [];

    public CommandSetBytes UI(ushort element, string uid) => Add(element, Pad(uid, 0x00));

    public CommandSetBytes AE(ushort element, string title) => Add(element, Pad(title, 0x20));

    public CommandSetBytes LO(ushort element, string text) => Add(element, Pad(text, 0x20));

    public CommandSetBytes US(ushort element, ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        return Add(element, bytes);
    }

    /// <summary>The command set with (0000,0000) UL holding the length of everything after it.</summary>
    public byte[] Build()
    {
        var header = Header(0x0000, 4);
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)_elements.Count);
        return [.. header, .. length, .. _elements];
    }

    private CommandSetBytes Add(ushort element, byte[] value)
    {
        _elements.AddRange(Header(element, value.Length));
        _elements.AddRange(value);
        return this;
    }

    private static byte[] Header(ushort element, int length)
    {
        var header = new byte[8];
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), element);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)length);
        return header;
    }

    private static byte[] Pad(string value, byte padding)
    {
        var bytes = Encoding.ASCII.GetBytes(value);
        return bytes.Length % 2 == 0 ? bytes : [.. bytes, padding];
    }
}
