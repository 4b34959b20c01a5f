namespace ConformanceHarness.Dicom.Imaging;

/// <summary>Decompresses the frames of one encapsulated transfer syntax into native pixel data, PS3.5 §8.2.</summary>
public interface IPixelDataDecoder
{
    /// <summary>Decodes one frame's compressed bytes into <paramref name="frame"/> (native, little endian, <see cref="PixelDataLayout.FrameLength"/> bytes).</summary>
    void DecodeFrame(ReadOnlySpan<byte> compressed, PixelDataLayout layout, Span<byte> frame);

    /// <summary>Updates the Image Pixel Module attributes that describe the decoded pixel data (Photometric Interpretation, Planar Configuration, Lossy Image Compression).</summary>
    void UpdateAttributes(DicomDataset dataset, PixelDataLayout layout);
}
