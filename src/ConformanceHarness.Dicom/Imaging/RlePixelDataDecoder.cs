namespace ConformanceHarness.Dicom.Imaging;

/// <summary>RLE Lossless (1.2.840.10008.1.2.5), PS3.5 Annex G: lossless, so every attribute stays as it is.</summary>
public sealed class RlePixelDataDecoder : IPixelDataDecoder
{
    public void DecodeFrame(ReadOnlySpan<byte> compressed, PixelDataLayout layout, Span<byte> frame) => RleDecoder.Decode(compressed, layout, frame);

    public void UpdateAttributes(DicomDataset dataset, PixelDataLayout layout)
    {
    }
}
