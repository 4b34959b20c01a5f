namespace ConformanceHarness.Dicom.Imaging.Jpeg;

/// <summary>
/// The 8×8 inverse DCT of T.81 §A.3.3, in floating point and separable (rows then columns), followed by the
/// level shift of +2^(P−1) and clamping to 0..255 for 8-bit samples.
/// </summary>
public static class InverseDct
{
    /// <summary>Basis[x * 8 + u] = C(u)/2 · cos((2x+1)uπ/16), with C(0) = 1/√2 and C(u) = 1 otherwise.</summary>
    private static readonly float[] Basis = CreateBasis();

    /// <summary>Transforms dequantised coefficients (natural row-major order, row = vertical frequency) into samples written at <paramref name="output"/> with <paramref name="stride"/>.</summary>
    public static void Transform(ReadOnlySpan<float> coefficients, Span<byte> output, int stride)
    {
        Span<float> rows = stackalloc float[64];
        for (var v = 0; v < 8; v++)
            for (var x = 0; x < 8; x++)
            {
                var sum = 0f;
                for (var u = 0; u < 8; u++) sum += Basis[x * 8 + u] * coefficients[v * 8 + u];
                rows[v * 8 + x] = sum;
            }
        for (var y = 0; y < 8; y++)
            for (var x = 0; x < 8; x++)
            {
                var sum = 0f;
                for (var v = 0; v < 8; v++) sum += Basis[y * 8 + v] * rows[v * 8 + x];
                output[y * stride + x] = (byte)Math.Clamp((int)MathF.Round(sum + 128f), 0, 255);
            }
    }

    private static float[] CreateBasis()
    {
        var basis = new float[64];
        for (var x = 0; x < 8; x++)
            for (var u = 0; u < 8; u++)
                basis[x * 8 + u] = (float)((u == 0 ? 1 / Math.Sqrt(2) : 1) / 2 * Math.Cos((2 * x + 1) * u * Math.PI / 16));
        return basis;
    }
}
