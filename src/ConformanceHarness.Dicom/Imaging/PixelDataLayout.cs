namespace ConformanceHarness.Dicom.Imaging;

/// <summary>
/// The Image Pixel Module attributes that size and arrange native pixel data, PS3.3 §C.7.6.3:
/// Rows, Columns, Samples per Pixel, Bits Allocated, Planar Configuration, Number of Frames and Photometric Interpretation.
/// </summary>
public sealed record PixelDataLayout(
    int Rows, int Columns, int SamplesPerPixel, int BitsAllocated, int PlanarConfiguration, int NumberOfFrames, string PhotometricInterpretation)
{
    /// <summary>Bytes per sample in native pixel data (Bits Allocated rounded up to whole bytes).</summary>
    public int BytesPerSample => (BitsAllocated + 7) / 8;

    public long PixelsPerFrame => (long)Rows * Columns;

    public long FrameLength => PixelsPerFrame * SamplesPerPixel * BytesPerSample;

    /// <summary>The layout <paramref name="dataset"/> declares; throws <see cref="DicomFormatException"/> when it cannot size a frame.</summary>
    public static PixelDataLayout From(DicomDataset dataset)
    {
        var layout = new PixelDataLayout(
            Required(dataset, DicomTags.Rows),
            Required(dataset, DicomTags.Columns),
            dataset.GetSingleValueOrDefault<ushort>(DicomTags.SamplesPerPixel, 1),
            Required(dataset, DicomTags.BitsAllocated),
            dataset.GetSingleValueOrDefault<ushort>(DicomTags.PlanarConfiguration, 0),
            NumberOfFramesOf(dataset),
            dataset.GetStringOrDefault(DicomTags.PhotometricInterpretation, "").Trim());
        if (layout.BitsAllocated is not (8 or 16 or 32 or 64) || layout.SamplesPerPixel is < 1 or > 4)
            throw new DicomFormatException($"Bits Allocated {layout.BitsAllocated} with Samples per Pixel {layout.SamplesPerPixel} cannot be decoded", DicomTags.BitsAllocated);
        if (layout.FrameLength * layout.NumberOfFrames > Array.MaxLength)
            throw new DicomFormatException($"{layout.NumberOfFrames} frames of {layout.FrameLength} bytes exceed the largest native pixel data this decoder holds", DicomTags.PixelData);
        return layout;
    }

    private static int Required(DicomDataset dataset, DicomTag tag) =>
        dataset.TryGetSingleValue<ushort>(tag, out var value) && value > 0 ? value
        : throw new DicomFormatException("is absent or zero; encapsulated pixel data cannot be sized without it", tag);

    private static int NumberOfFramesOf(DicomDataset dataset) =>
        dataset.TryGetString(DicomTags.NumberOfFrames, out var text) && int.TryParse(text.Trim(), out var frames) && frames > 0 ? frames : 1;
}
