using System.Buffers.Binary;

namespace ConformanceHarness.Dicom.Imaging.Jpeg;

/// <summary>
/// Decodes a baseline (SOF0) or 8-bit extended sequential Huffman (SOF1) JPEG interchange stream, T.81 Annex B
/// and §F.2: SOI, tables (DQT, DHT), DRI, APPn/COM skipped, the frame header, one or more scans, EOI.
/// Every segment length is checked against the data; failures are <see cref="DicomFormatException"/>s naming the offset.
/// </summary>
public sealed partial class JpegDecoder
{
    private readonly byte[] _data;
    private readonly long _maxSamples;
    private readonly ushort[]?[] _quantization = new ushort[4][];
    private readonly HuffmanTable?[] _dcTables = new HuffmanTable[4];
    private readonly HuffmanTable?[] _acTables = new HuffmanTable[4];
    private JpegFrame? _frame;
    private int _restartInterval;
    private int _scans;
    private int _position;

    private JpegDecoder(byte[] data, long maxSamples)
    {
        _data = data;
        _maxSamples = maxSamples;
    }

    /// <summary>Decodes <paramref name="data"/>; frames with more than <paramref name="maxSamples"/> samples are refused before allocation.</summary>
    public static JpegImage Decode(ReadOnlySpan<byte> data, long maxSamples = int.MaxValue) => new JpegDecoder(data.ToArray(), maxSamples).Decode();

    private JpegImage Decode()
    {
        if (ReadMarker() != JpegMarker.SOI) throw Malformed("does not start with SOI (FFD8)", 0);
        while (true)
        {
            var markerOffset = _position;
            var marker = ReadMarker();
            if (marker == JpegMarker.EOI) break;
            ReadMarkerSegment(marker, markerOffset);
        }
        if (_frame is null || _scans == 0) throw Malformed("EOI before a frame header and a scan", _position);
        return new JpegImage(_frame);
    }

    private void ReadMarkerSegment(byte marker, int markerOffset)
    {
        switch (marker)
        {
            case JpegMarker.SOF0 or JpegMarker.SOF1: ReadFrameHeader(Segment()); break;
            case JpegMarker.DHT: ReadHuffmanTables(Segment()); break;
            case JpegMarker.DQT: ReadQuantizationTables(Segment()); break;
            case JpegMarker.DRI: ReadRestartInterval(Segment()); break;
            case JpegMarker.SOS: ReadScan(Segment()); break;
            case JpegMarker.DNL: throw Malformed("DNL (number of lines defined after the first scan) is not supported", markerOffset);
            case var sof when JpegMarker.IsUnsupportedStartOfFrame(sof):
                throw Malformed($"SOF marker FF{sof:X2} is not baseline or 8-bit extended sequential Huffman DCT", markerOffset);
            case var rst when JpegMarker.IsRestart(rst): break;
            default: Segment(); break;
        }
    }

    /// <summary>Reads 0xFF, any fill bytes 0xFF (§B.1.1.2), then the marker code.</summary>
    private byte ReadMarker()
    {
        if (_position >= _data.Length || _data[_position] != 0xFF) throw Malformed("expected a marker (FF)", _position);
        while (_position < _data.Length && _data[_position] == 0xFF) _position++;
        if (_position >= _data.Length) throw Malformed("data ends inside a marker (no EOI)", _position);
        return _data[_position++];
    }

    /// <summary>A marker segment's parameters (after its 2-byte length Lx, §B.1.1.4), checked to lie inside the data.</summary>
    private JpegSegment Segment()
    {
        if (_position + 2 > _data.Length) throw Malformed("segment length runs past the end of data", _position);
        int length = BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(_position));
        if (length < 2 || _position + length > _data.Length)
            throw Malformed($"segment length {length} runs past the end of data ({_data.Length - _position} bytes remain)", _position);
        var segment = new JpegSegment(_data, _position + 2, length - 2);
        _position += length;
        return segment;
    }

    private static DicomFormatException Malformed(string reason, long offset) => new($"JPEG: {reason}", DicomTags.PixelData, offset);
}
