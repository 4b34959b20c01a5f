using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace ConformanceHarness.Fixtures.Dicom.Pixels;

/// <summary>
/// The image every synthetic instance shows: a 64×64 diagonal gradient (0 at the top left to 60 % of the stored range)
/// with "SYNTHETIC" burned in at full intensity across the middle, so no viewer can mistake it for a patient's image.
/// Pure function of the format; rendered once per format and shared (the bytes are never changed).
/// </summary>
public static class SyntheticPixels
{
    public const int Size = 64;

    public const string Text = "SYNTHETIC";

    private static readonly ConcurrentDictionary<PixelFormat, byte[]> Rendered = new();

    public static byte[] Render(PixelFormat format) => Rendered.GetOrAdd(format, Draw);

    /// <summary>The value of pixel (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static int Value(PixelFormat format, int x, int y) =>
        InText(x, y) ? format.MaxValue : (x + y) * format.MaxValue * 3 / (5 * 2 * (Size - 1));

    private static byte[] Draw(PixelFormat format)
    {
        var bytesPerPixel = format.BitsAllocated / 8;
        var pixels = new byte[Size * Size * bytesPerPixel];
        for (var y = 0; y < Size; y++)
        for (var x = 0; x < Size; x++)
        {
            var offset = (y * Size + x) * bytesPerPixel;
            if (bytesPerPixel == 1) pixels[offset] = (byte)Value(format, x, y);
            else BinaryPrimitives.WriteUInt16LittleEndian(pixels.AsSpan(offset), (ushort)Value(format, x, y));
        }
        return pixels;
    }

    private static bool InText(int x, int y)
    {
        var left = (Size - BitmapFont.TextWidth(Text)) / 2;
        var top = (Size - BitmapFont.Height) / 2;
        var (column, row) = (x - left, y - top);
        if (column < 0 || row < 0 || row >= BitmapFont.Height || column >= BitmapFont.TextWidth(Text)) return false;
        var (letter, within) = (column / (BitmapFont.Width + 1), column % (BitmapFont.Width + 1));
        return within < BitmapFont.Width && BitmapFont.IsInk(Text[letter], within, row);
    }
}
