using System.Buffers.Binary;

namespace ConformanceHarness.Dicom.Imaging;

/// <summary>
/// Decodes one RLE Lossless frame, PS3.5 Annex G: a 64-byte RLE Header (number of segments, then 15
/// segment offsets), then one PackBits-style segment per byte significance of each sample (§G.2:
/// most significant byte first), each decoding to Rows × Columns bytes (§G.3.1).
/// </summary>
public static class RleDecoder
{
    private const int HeaderLength = 64;
    private const int MaxSegments = 15;

    /// <summary>Decodes <paramref name="fragment"/> into <paramref name="frame"/> (native little endian, arranged as the Planar Configuration says).</summary>
    public static void Decode(ReadOnlySpan<byte> fragment, PixelDataLayout layout, Span<byte> frame)
    {
        var offsets = ReadHeader(fragment, layout.SamplesPerPixel * layout.BytesPerSample);
        var segment = new byte[layout.PixelsPerFrame];
        for (var i = 0; i < offsets.Length; i++)
        {
            var end = i + 1 < offsets.Length ? offsets[i + 1] : fragment.Length;
            DecodeSegment(fragment[offsets[i]..end], offsets[i], segment);
            Scatter(segment, i, layout, frame);
        }
    }

    /// <summary>The segment offsets of the RLE Header, §G.5, checked to be ascending and inside the fragment.</summary>
    private static int[] ReadHeader(ReadOnlySpan<byte> fragment, int expectedSegments)
    {
        if (fragment.Length < HeaderLength) throw Malformed($"RLE Header needs {HeaderLength} bytes, the fragment has {fragment.Length}", 0);
        var count = BinaryPrimitives.ReadUInt32LittleEndian(fragment);
        if (count != expectedSegments || count > MaxSegments)
            throw Malformed($"RLE Header says {count} segments, the data set's Samples per Pixel and Bits Allocated need {expectedSegments}", 0);
        var offsets = new int[count];
        for (var i = 0; i < count; i++)
        {
            var offset = BinaryPrimitives.ReadUInt32LittleEndian(fragment[(4 + i * 4)..]);
            var minimum = i == 0 ? HeaderLength : offsets[i - 1];
            if (offset < minimum || offset > fragment.Length)
                throw Malformed($"segment {i + 1} offset {offset} is outside {minimum}..{fragment.Length}", 4 + i * 4);
            offsets[i] = (int)offset;
        }
        return offsets;
    }

    /// <summary>
    /// §G.3.2: a header byte n in 0..127 copies the next n+1 bytes literally, -1..-127 replicates the next
    /// byte 1-n times, -128 does nothing. Output beyond Rows × Columns is ignored (encoders pad to even length).
    /// </summary>
    public static void DecodeSegment(ReadOnlySpan<byte> segment, long segmentOffset, Span<byte> output)
    {
        int read = 0, written = 0;
        while (written < output.Length)
        {
            if (read >= segment.Length)
                throw Malformed($"segment ends after {written} of {output.Length} bytes", segmentOffset + read);
            var header = (sbyte)segment[read++];
            if (header >= 0) written += CopyLiteral(segment, ref read, header + 1, output[written..], segmentOffset);
            else if (header != -128) written += Replicate(segment, ref read, 1 - header, output[written..], segmentOffset);
        }
    }

    private static int CopyLiteral(ReadOnlySpan<byte> segment, ref int read, int count, Span<byte> output, long segmentOffset)
    {
        if (read + count > segment.Length)
            throw Malformed($"literal run of {count} bytes runs past the segment end", segmentOffset + read - 1);
        var take = Math.Min(count, output.Length);
        segment.Slice(read, take).CopyTo(output);
        read += count;
        return take;
    }

    private static int Replicate(ReadOnlySpan<byte> segment, ref int read, int count, Span<byte> output, long segmentOffset)
    {
        if (read >= segment.Length) throw Malformed("replicate run has no byte to repeat", segmentOffset + read - 1);
        var take = Math.Min(count, output.Length);
        output[..take].Fill(segment[read++]);
        return take;
    }

    /// <summary>Places segment <paramref name="index"/> (sample index / bytes per sample, most significant byte first) in the native frame.</summary>
    private static void Scatter(ReadOnlySpan<byte> segment, int index, PixelDataLayout layout, Span<byte> frame)
    {
        var bytesPerSample = layout.BytesPerSample;
        var sample = index / bytesPerSample;
        var byteInSample = bytesPerSample - 1 - index % bytesPerSample;
        var interleaved = layout.PlanarConfiguration == 0;
        var stride = interleaved ? layout.SamplesPerPixel * bytesPerSample : bytesPerSample;
        var start = interleaved ? sample * bytesPerSample : sample * segment.Length * bytesPerSample;
        for (var pixel = 0; pixel < segment.Length; pixel++) frame[start + pixel * stride + byteInSample] = segment[pixel];
    }

    private static DicomFormatException Malformed(string reason, long offset) => new($"RLE Lossless: {reason}", DicomTags.PixelData, offset);
}
