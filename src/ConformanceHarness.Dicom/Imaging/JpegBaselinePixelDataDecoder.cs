using ConformanceHarness.Dicom.Imaging.Jpeg;

namespace ConformanceHarness.Dicom.Imaging;

/// <summary>
/// JPEG Baseline (Process 1), 1.2.840.10008.1.2.4.50: lossy 8-bit DCT, decoded by <see cref="JpegDecoder"/>.
/// Frames come out colour-by-pixel, in RGB when the data set says YBR_FULL or YBR_FULL_422 (PS3.5 §8.2.1).
/// </summary>
public sealed class JpegBaselinePixelDataDecoder : IPixelDataDecoder
{
    public void DecodeFrame(ReadOnlySpan<byte> compressed, PixelDataLayout layout, Span<byte> frame)
    {
        var image = JpegDecoder.Decode(compressed, layout.PixelsPerFrame * layout.SamplesPerPixel);
        if (image.Width != layout.Columns || image.Height != layout.Rows || image.Components != layout.SamplesPerPixel || layout.BitsAllocated != 8)
            throw new DicomFormatException(
                $"JPEG frame is {image.Width}x{image.Height}x{image.Components}, the data set says {layout.Columns}x{layout.Rows}x{layout.SamplesPerPixel} at {layout.BitsAllocated} bits",
                DicomTags.PixelData);
        image.CopyInterleaved(frame, ConvertsToRgb(layout));
    }

    public void UpdateAttributes(DicomDataset dataset, PixelDataLayout layout)
    {
        if (ConvertsToRgb(layout)) dataset.AddOrUpdate(DicomTags.PhotometricInterpretation, "RGB");
        if (layout.SamplesPerPixel > 1) dataset.AddOrUpdate<ushort>(DicomTags.PlanarConfiguration, 0);
        dataset.AddOrUpdate(DicomTags.LossyImageCompression, "01");
    }

    private static bool ConvertsToRgb(PixelDataLayout layout) =>
        layout.SamplesPerPixel == 3 && layout.PhotometricInterpretation is "YBR_FULL" or "YBR_FULL_422";
}
