namespace ConformanceHarness.Dicom.Imaging.Jpeg;

/// <summary>
/// Decodes the entropy-coded data of one sequential Huffman scan, T.81 §F.2: MCUs in raster order
/// (§A.2.2 non-interleaved, §A.2.3 interleaved), DC differences and AC run/size codes per 8×8 block,
/// dequantisation (§A.3.4) and the inverse DCT into each component's plane; restart intervals per §F.2.2.5.
/// </summary>
public sealed class JpegScanDecoder(JpegFrame frame, IReadOnlyList<JpegComponent> scan, ushort[][] quantization, int restartInterval)
{
    /// <summary>Position k in zig-zag order (Figure A.6) → index in natural row-major order.</summary>
    private static readonly byte[] ZigZag =
    [
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    ];

    private readonly float[] _block = new float[64];

    /// <summary>Decodes every MCU of the scan; returns the offset just past its entropy-coded data.</summary>
    public int Decode(byte[] data, int position)
    {
        var reader = new JpegBitReader(data, position);
        var single = scan.Count == 1 ? scan[0] : null;
        var mcuCount = single is null ? frame.McusPerLine * frame.McusPerColumn : single.BlocksPerLine * single.BlocksPerColumn;
        foreach (var component in scan) component.Predictor = 0;
        for (var mcu = 0; mcu < mcuCount; mcu++)
        {
            if (restartInterval > 0 && mcu > 0 && mcu % restartInterval == 0)
            {
                reader.ReadRestartMarker(mcu / restartInterval % 8);
                foreach (var component in scan) component.Predictor = 0;
            }
            if (single is not null) DecodeBlock(reader, single, mcu / single.BlocksPerLine, mcu % single.BlocksPerLine);
            else DecodeInterleavedMcu(reader, mcu / frame.McusPerLine, mcu % frame.McusPerLine);
        }
        return reader.Position;
    }

    private void DecodeInterleavedMcu(JpegBitReader reader, int mcuRow, int mcuColumn)
    {
        foreach (var component in scan)
            for (var v = 0; v < component.V; v++)
                for (var h = 0; h < component.H; h++)
                    DecodeBlock(reader, component, mcuRow * component.V + v, mcuColumn * component.H + h);
    }

    /// <summary>§F.2.2.1 (DC) and §F.2.2.2 (AC, Figure F.13), dequantising as each coefficient is decoded, then the IDCT.</summary>
    private void DecodeBlock(JpegBitReader reader, JpegComponent component, int blockRow, int blockColumn)
    {
        var table = quantization[component.QuantizationTable];
        Array.Clear(_block);
        var size = component.DcTable!.Decode(reader);
        if (size > 11) throw Malformed($"DC difference category {size} exceeds 11", reader);
        component.Predictor += reader.ReceiveExtend(size);
        _block[0] = component.Predictor * table[0];
        for (var k = 1; k < 64; k++)
        {
            var runSize = component.AcTable!.Decode(reader);
            int run = runSize >> 4, acSize = runSize & 15;
            if (acSize == 0)
            {
                if (run != 15) break;
                k += 15;
                continue;
            }
            k += run;
            if (k > 63) throw Malformed($"AC run reaches coefficient {k}", reader);
            _block[ZigZag[k]] = reader.ReceiveExtend(acSize) * table[k];
        }
        var at = blockRow * 8 * component.PlaneWidth + blockColumn * 8;
        InverseDct.Transform(_block, component.Plane.AsSpan(at), component.PlaneWidth);
    }

    private static DicomFormatException Malformed(string reason, JpegBitReader reader) =>
        new($"JPEG entropy-coded data: {reason}", DicomTags.PixelData, reader.Position);
}
