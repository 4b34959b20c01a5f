namespace ConformanceHarness.Dicom.Imaging.Jpeg;

/// <summary>
/// Reads entropy-coded segment bits most significant first, T.81 §F.2.2.5, removing the stuffed 0x00
/// after each 0xFF (§B.1.1.5). Hitting a marker or the end of data while bits are still needed is malformed
/// data, so a decode can never read forever.
/// </summary>
public sealed class JpegBitReader(byte[] data, int position)
{
    private int _current;
    private int _bitsLeft;

    /// <summary>Offset of the next unread byte.</summary>
    public int Position { get; private set; } = position;

    public int ReadBit()
    {
        if (_bitsLeft == 0) LoadByte();
        _bitsLeft--;
        return (_current >> _bitsLeft) & 1;
    }

    /// <summary>RECEIVE(s) then EXTEND, §F.2.2.1 and Figure F.12: s bits as a signed difference.</summary>
    public int ReceiveExtend(int size)
    {
        if (size == 0) return 0;
        var value = 0;
        for (var i = 0; i < size; i++) value = (value << 1) | ReadBit();
        return value < 1 << (size - 1) ? value - (1 << size) + 1 : value;
    }

    /// <summary>Discards the bits left in the current byte and reads the marker RSTm expected next, §F.2.2.5 and §B.2.1.</summary>
    public void ReadRestartMarker(int expected)
    {
        _bitsLeft = 0;
        while (Position + 1 < data.Length && data[Position] == 0xFF && data[Position + 1] == 0xFF) Position++;
        if (Position + 1 >= data.Length || data[Position] != 0xFF || data[Position + 1] != JpegMarker.RST0 + expected)
            throw new DicomFormatException($"JPEG: expected restart marker RST{expected}", DicomTags.PixelData, Position);
        Position += 2;
    }

    private void LoadByte()
    {
        if (Position >= data.Length)
            throw new DicomFormatException("JPEG entropy-coded data ends before the last MCU", DicomTags.PixelData, Position);
        var value = data[Position];
        if (value == 0xFF)
        {
            var next = Position + 1 < data.Length ? data[Position + 1] : -1;
            if (next != 0x00)
                throw new DicomFormatException($"JPEG entropy-coded data meets marker FF{next:X2} before the last MCU", DicomTags.PixelData, Position);
            Position++;
        }
        Position++;
        _current = value;
        _bitsLeft = 8;
    }
}
