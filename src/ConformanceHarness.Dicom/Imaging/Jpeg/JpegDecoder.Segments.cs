namespace ConformanceHarness.Dicom.Imaging.Jpeg;

public sealed partial class JpegDecoder
{
    /// <summary>DQT, §B.2.4.1: Pq/Tq then 64 values in zig-zag order, 8-bit (Pq = 0) or 16-bit (Pq = 1).</summary>
    private void ReadQuantizationTables(JpegSegment segment)
    {
        while (segment.Remaining > 0)
        {
            var (precision, destination) = segment.ReadNibbles("Pq/Tq");
            if (precision > 1 || destination > 3) throw Malformed($"DQT Pq {precision} / Tq {destination} out of range", segment.Offset - 1);
            var table = new ushort[64];
            for (var k = 0; k < 64; k++) table[k] = precision == 0 ? segment.ReadByte("Qk") : segment.ReadUInt16("Qk");
            _quantization[destination] = table;
        }
    }

    /// <summary>DHT, §B.2.4.2: Tc/Th, 16 code-length counts Li, then the values.</summary>
    private void ReadHuffmanTables(JpegSegment segment)
    {
        while (segment.Remaining > 0)
        {
            var offset = segment.Offset;
            var (tableClass, destination) = segment.ReadNibbles("Tc/Th");
            if (tableClass > 1 || destination > 3) throw Malformed($"DHT Tc {tableClass} / Th {destination} out of range", offset);
            var counts = segment.Read("Li", 16);
            var total = 0;
            foreach (var count in counts) total += count;
            var table = new HuffmanTable(counts, segment.Read("Vi,j", total), offset);
            (tableClass == 0 ? _dcTables : _acTables)[destination] = table;
        }
    }

    /// <summary>DRI, §B.2.4.4: Ri, the number of MCUs per restart interval (0 disables restart).</summary>
    private void ReadRestartInterval(JpegSegment segment) => _restartInterval = segment.ReadUInt16("Ri");

    /// <summary>SOF0/SOF1, §B.2.2: P, Y, X, Nf, then Ci, Hi/Vi, Tqi per component.</summary>
    private void ReadFrameHeader(JpegSegment segment)
    {
        if (_frame is not null) throw Malformed("a second frame header", segment.Offset);
        var offset = segment.Offset;
        int precision = segment.ReadByte("P"), height = segment.ReadUInt16("Y"), width = segment.ReadUInt16("X"), count = segment.ReadByte("Nf");
        if (precision != 8) throw Malformed($"sample precision {precision} is not 8", offset);
        if (height == 0 || width == 0) throw Malformed($"frame is {width}x{height}; a zero size (DNL) is not supported", offset);
        if (count is < 1 or > 4) throw Malformed($"{count} components; 1 to 4 are supported", offset);
        if ((long)width * height * count > _maxSamples) throw Malformed($"frame {width}x{height}x{count} exceeds the expected {_maxSamples} samples", offset);
        var components = new List<JpegComponent>();
        for (var i = 0; i < count; i++)
        {
            int id = segment.ReadByte("Ci");
            var (h, v) = segment.ReadNibbles("Hi/Vi");
            int table = segment.ReadByte("Tqi");
            if (h is < 1 or > 4 || v is < 1 or > 4 || table > 3 || components.Any(c => c.Id == id))
                throw Malformed($"component {id}: H {h}, V {v}, Tq {table} invalid or repeated", segment.Offset - 3);
            components.Add(new JpegComponent(id, h, v, table));
        }
        _frame = new JpegFrame(precision, height, width, components);
    }

    /// <summary>SOS, §B.2.3: Ns, Csj and Tdj/Taj per component, Ss, Se, Ah/Al; then the entropy-coded data.</summary>
    private void ReadScan(JpegSegment segment)
    {
        if (_frame is null) throw Malformed("SOS before a frame header", segment.Offset);
        var count = segment.ReadByte("Ns");
        if (count is < 1 or > 4) throw Malformed($"scan has {count} components", segment.Offset - 1);
        var scan = new List<JpegComponent>();
        for (var i = 0; i < count; i++) scan.Add(ReadScanComponent(segment));
        if (count > 1 && scan.Sum(c => c.H * c.V) > 10) throw Malformed("an MCU of more than 10 blocks (§B.2.3)", segment.Offset);
        int start = segment.ReadByte("Ss"), end = segment.ReadByte("Se");
        var approximation = segment.ReadByte("Ah/Al");
        if (start != 0 || end != 63 || approximation != 0)
            throw Malformed($"Ss {start}, Se {end}, Ah/Al {approximation:X2} are not sequential DCT", segment.Offset - 3);
        foreach (var component in scan)
            if (_quantization[component.QuantizationTable] is null) throw Malformed($"quantization table {component.QuantizationTable} is not defined", segment.Offset);
        var decoder = new JpegScanDecoder(_frame, scan, [.. _quantization.Select(table => table ?? [])], _restartInterval);
        _position = SkipToMarker(decoder.Decode(_data, _position));
        _scans++;
    }

    private JpegComponent ReadScanComponent(JpegSegment segment)
    {
        int id = segment.ReadByte("Csj");
        var (dc, ac) = segment.ReadNibbles("Tdj/Taj");
        var component = _frame!.Components.FirstOrDefault(c => c.Id == id)
            ?? throw Malformed($"scan component {id} is not in the frame", segment.Offset - 2);
        if (dc > 3 || ac > 3 || _dcTables[dc] is null || _acTables[ac] is null)
            throw Malformed($"component {id}: Huffman table DC {dc} / AC {ac} is not defined", segment.Offset - 1);
        component.DcTable = _dcTables[dc];
        component.AcTable = _acTables[ac];
        return component;
    }

    /// <summary>After the last MCU: skips padding up to the next marker (0xFF not followed by 0x00).</summary>
    private int SkipToMarker(int position)
    {
        while (position + 1 < _data.Length && !(_data[position] == 0xFF && _data[position + 1] != 0x00)) position++;
        return position;
    }
}
