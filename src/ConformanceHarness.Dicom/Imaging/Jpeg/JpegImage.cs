namespace ConformanceHarness.Dicom.Imaging.Jpeg;

/// <summary>
/// A decoded frame: one sample plane per component at its own sampling. <see cref="CopyInterleaved"/> upsamples
/// by replication (T.81 §A.1.1) and optionally converts YCbCr to RGB (JFIF 1.02 / PS3.3 §C.7.6.3.1.2 YBR_FULL).
/// </summary>
public sealed class JpegImage(JpegFrame frame)
{
    public int Width => frame.Width;

    public int Height => frame.Height;

    public int Components => frame.Components.Count;

    /// <summary>Writes Width × Height pixels, colour-by-pixel, into <paramref name="output"/>.</summary>
    public void CopyInterleaved(Span<byte> output, bool convertYCbCrToRgb)
    {
        var components = frame.Components;
        var convert = convertYCbCrToRgb && components.Count == 3;
        Span<byte> pixel = stackalloc byte[components.Count];
        var at = 0;
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                for (var c = 0; c < components.Count; c++) pixel[c] = Sample(components[c], x, y);
                if (convert) ToRgb(pixel);
                pixel.CopyTo(output[at..]);
                at += pixel.Length;
            }
    }

    private byte Sample(JpegComponent component, int x, int y) =>
        component.Plane[y * component.V / frame.MaxV * component.PlaneWidth + x * component.H / frame.MaxH];

    /// <summary>R = Y + 1.402 Cr′, G = Y − 0.344136 Cb′ − 0.714136 Cr′, B = Y + 1.772 Cb′, with Cb′ = Cb − 128 and Cr′ = Cr − 128.</summary>
    private static void ToRgb(Span<byte> pixel)
    {
        float luma = pixel[0], cb = pixel[1] - 128f, cr = pixel[2] - 128f;
        pixel[0] = Clamp(luma + 1.402f * cr);
        pixel[1] = Clamp(luma - 0.344136f * cb - 0.714136f * cr);
        pixel[2] = Clamp(luma + 1.772f * cb);
    }

    private static byte Clamp(float value) => (byte)Math.Clamp((int)MathF.Round(value), 0, 255);
}
