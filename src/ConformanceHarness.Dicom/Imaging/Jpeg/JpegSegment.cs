namespace ConformanceHarness.Dicom.Imaging.Jpeg;

/// <summary>The parameters of one marker segment; each read is checked against the segment's length Lx (T.81 §B.1.1.4).</summary>
public sealed class JpegSegment(byte[] data, int start, int length)
{
    private int _read;

    /// <summary>Offset of the next parameter byte in the whole stream.</summary>
    public int Offset => start + _read;

    public int Remaining => length - _read;

    public byte ReadByte(string field) => Read(field, 1)[0];

    public ushort ReadUInt16(string field)
    {
        var bytes = Read(field, 2);
        return (ushort)(bytes[0] << 8 | bytes[1]);
    }

    /// <summary>The high and low nibbles of one byte (e.g. Tc/Th, Hi/Vi).</summary>
    public (int High, int Low) ReadNibbles(string field)
    {
        var value = ReadByte(field);
        return (value >> 4, value & 15);
    }

    public ReadOnlySpan<byte> Read(string field, int count)
    {
        if (count > Remaining)
            throw new DicomFormatException($"JPEG: field '{field}' needs {count} bytes, the segment has {Remaining} left", DicomTags.PixelData, Offset);
        var bytes = data.AsSpan(start + _read, count);
        _read += count;
        return bytes;
    }
}
