namespace ConformanceHarness.Dicom.IO;

/// <summary>How much to read and what to keep in memory.</summary>
public sealed record DicomReadOptions
{
    public static readonly DicomTag PixelData = new(0x7FE0, 0x0010);

    public static DicomReadOptions Default { get; } = new();

    /// <summary>Stop before Pixel Data (7FE0,0010): headers of a folder of studies without their images.</summary>
    public static DicomReadOptions HeaderOnly { get; } = new() { StopBefore = PixelData };

    /// <summary>Values longer than this many bytes stay in a seekable source until read (default 64 KB).</summary>
    public long LargeValueThreshold { get; init; } = 64 * 1024;

    /// <summary>Top-level reading stops at the first tag at or after this one (it is not read).</summary>
    public DicomTag? StopBefore { get; init; }

    /// <summary>Sequences nested deeper than this are refused as hostile.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Reads up to and including <paramref name="tag"/>, then stops.</summary>
    public static DicomReadOptions StopAfter(DicomTag tag) =>
        new() { StopBefore = tag.Value == uint.MaxValue ? null : DicomTag.FromValue(tag.Value + 1) };
}
