namespace ConformanceHarness.Dicom.Imaging;

/// <summary>
/// Groups the fragments of encapsulated pixel data into frames, PS3.5 §A.4: a single frame is all the
/// fragments; several frames are located by the (Extended or Basic) Offset Table, or are one fragment each.
/// </summary>
public static class EncapsulatedFrames
{
    private const int ItemHeaderLength = 8;

    public static IReadOnlyList<byte[]> Split(DicomFragmentSequence pixelData, DicomDataset dataset, int numberOfFrames)
    {
        var fragments = pixelData.Fragments.Select(fragment => fragment.Data).ToList();
        if (numberOfFrames == 1) return [Concatenate(fragments)];
        var offsets = pixelData.GetFrameOffsets(dataset);
        if (offsets.Count == numberOfFrames) return ByOffsets(fragments, offsets);
        if (fragments.Count == numberOfFrames) return [.. fragments.Select(fragment => fragment.ToArray())];
        throw new DicomFormatException(
            $"{numberOfFrames} frames in {fragments.Count} fragments with no offset table of {numberOfFrames} entries", DicomTags.PixelData);
    }

    /// <summary>Frame i is the fragments whose item starts at or after offset i and before offset i+1 (offsets count item headers).</summary>
    private static byte[][] ByOffsets(List<ReadOnlyMemory<byte>> fragments, IReadOnlyList<ulong> offsets)
    {
        var frames = new List<ReadOnlyMemory<byte>>[offsets.Count];
        for (var i = 0; i < frames.Length; i++) frames[i] = [];
        ulong position = 0;
        foreach (var fragment in fragments)
        {
            var frame = LastAtOrBefore(offsets, position);
            if (frame < 0) throw new DicomFormatException($"no frame starts at or before fragment offset {position}", DicomTags.PixelData, (long)position);
            frames[frame].Add(fragment);
            position += (ulong)(ItemHeaderLength + fragment.Length);
        }
        return [.. frames.Select(Concatenate)];
    }

    private static int LastAtOrBefore(IReadOnlyList<ulong> offsets, ulong position)
    {
        var found = -1;
        for (var i = 0; i < offsets.Count && offsets[i] <= position; i++) found = i;
        return found;
    }

    private static byte[] Concatenate(List<ReadOnlyMemory<byte>> fragments)
    {
        var total = fragments.Sum(fragment => (long)fragment.Length);
        if (total > Array.MaxLength) throw new DicomFormatException($"a frame of {total} compressed bytes is too large", DicomTags.PixelData);
        var frame = new byte[total];
        var at = 0;
        foreach (var fragment in fragments)
        {
            fragment.Span.CopyTo(frame.AsSpan(at));
            at += fragment.Length;
        }
        return frame;
    }
}
