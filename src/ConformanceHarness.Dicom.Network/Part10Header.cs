using System.Buffers.Binary;
using System.Text;

namespace ConformanceHarness.Dicom.Network;

/// <summary>
/// The File Meta Information of a Part 10 file read straight from its bytes, PS3.10 §7.1: 128-byte preamble, "DICM",
/// group 0002 in Explicit VR Little Endian. Only what sending needs: the UIDs, the transfer syntax and where the data
/// set starts.
/// </summary>
internal sealed record Part10Header(string SopClassUid, string SopInstanceUid, TransferSyntax TransferSyntax, int DatasetOffset)
{
    private const int MetaStart = 132;

    public static Part10Header Read(ReadOnlySpan<byte> file, string source)
    {
        if (file.Length < MetaStart || !file[128..MetaStart].SequenceEqual("DICM"u8))
            throw new DicomFormatException($"{source}: not a DICOM Part 10 file (no \"DICM\" prefix at offset 128)", null, 128);
        var values = new Dictionary<ushort, string>();
        var offset = MetaStart;
        while (offset + 8 <= file.Length && BinaryPrimitives.ReadUInt16LittleEndian(file[offset..]) == 0x0002)
        {
            var element = BinaryPrimitives.ReadUInt16LittleEndian(file[(offset + 2)..]);
            var (headerLength, length) = ReadLength(file, offset);
            if ((long)offset + headerLength + length > file.Length)
                throw new DicomFormatException($"{source}: File Meta Information element (0002,{element:X4}) runs past the end of the file", null, offset);
            values[element] = Encoding.ASCII.GetString(file.Slice(offset + headerLength, (int)length)).TrimEnd('\0', ' ');
            offset += headerLength + (int)length;
        }
        return new Part10Header(Require(values, 0x0002, "Media Storage SOP Class UID", source),
            Require(values, 0x0003, "Media Storage SOP Instance UID", source),
            TransferSyntax.Lookup(Require(values, 0x0010, "Transfer Syntax UID", source)), offset);
    }

    /// <summary>OB, OW, OF, SQ, UT, UN, UC, UR … have a 2-byte reserved field and a 4-byte length (PS3.5 §7.1.2).</summary>
    private static (int HeaderLength, uint Length) ReadLength(ReadOnlySpan<byte> file, int offset)
    {
        var vr = Encoding.ASCII.GetString(file.Slice(offset + 4, 2));
        return DicomVR.TryParse(vr, out var parsed) && parsed.HasLongLength
            ? (12, BinaryPrimitives.ReadUInt32LittleEndian(file[(offset + 8)..]))
            : (8, BinaryPrimitives.ReadUInt16LittleEndian(file[(offset + 6)..]));
    }

    private static string Require(Dictionary<ushort, string> values, ushort element, string name, string source) =>
        values.TryGetValue(element, out var value) && value.Length > 0
            ? value
            : throw new DicomFormatException($"{source}: File Meta Information has no {name} (0002,{element:X4})", null, MetaStart);
}
