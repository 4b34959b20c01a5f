namespace ConformanceHarness.Fixtures.Dicom.Pixels;

/// <summary>The bit depth of a modality's grayscale pixels (unsigned, MONOCHROME2); High Bit is <c>BitsStored − 1</c>.</summary>
public sealed record PixelFormat(int BitsAllocated, int BitsStored)
{
    public static readonly PixelFormat Twelve = new(16, 12);

    public static readonly PixelFormat Eight = new(8, 8);

    public int MaxValue => (1 << BitsStored) - 1;
}
