namespace ConformanceHarness.Dicom.Imaging.Jpeg;

/// <summary>
/// A Huffman table from DHT, T.81 §B.2.4.2 (BITS = Li, HUFFVAL = Vi,j), with the MINCODE/MAXCODE/VALPTR
/// decoding tables of §F.2.2.3 (Figure F.15) and the DECODE procedure of Figure F.16.
/// </summary>
public sealed class HuffmanTable
{
    private const int MaxCodeLength = 16;
    private readonly int[] _minCode = new int[MaxCodeLength + 1];
    private readonly int[] _maxCode = new int[MaxCodeLength + 1];
    private readonly int[] _valuePointer = new int[MaxCodeLength + 1];
    private readonly byte[] _values;

    /// <summary>Builds the table; <paramref name="counts"/> are the 16 BITS entries. Throws when they overflow the code space.</summary>
    public HuffmanTable(ReadOnlySpan<byte> counts, ReadOnlySpan<byte> values, long offset)
    {
        _values = values.ToArray();
        int code = 0, index = 0;
        for (var length = 1; length <= MaxCodeLength; length++)
        {
            var count = counts[length - 1];
            _valuePointer[length] = index;
            _minCode[length] = code;
            code += count;
            index += count;
            _maxCode[length] = count > 0 ? code - 1 : -1;
            if (code > 1 << length) throw new DicomFormatException($"JPEG DHT: {count} codes of length {length} overflow the code space", DicomTags.PixelData, offset);
            code <<= 1;
        }
    }

    /// <summary>DECODE, Figure F.16: reads one code bit by bit and returns its value.</summary>
    public byte Decode(JpegBitReader reader)
    {
        var code = reader.ReadBit();
        for (var length = 1; length <= MaxCodeLength; length++)
        {
            if (code <= _maxCode[length]) return _values[_valuePointer[length] + code - _minCode[length]];
            code = (code << 1) | reader.ReadBit();
        }
        throw new DicomFormatException("JPEG entropy-coded data: no Huffman code matches 16 bits", DicomTags.PixelData, reader.Position);
    }
}
