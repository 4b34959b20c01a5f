namespace ConformanceHarness.Dicom.IO;

/// <summary>A value held in memory.</summary>
public sealed class MemoryByteBuffer(ReadOnlyMemory<byte> data) : IByteBuffer
{
    public static readonly MemoryByteBuffer Empty = new(ReadOnlyMemory<byte>.Empty);

    public long Length => data.Length;

    public bool IsLoaded => true;

    public ReadOnlyMemory<byte> Data => data;
}
