namespace ConformanceHarness.Dicom.IO;

/// <summary>
/// The bytes of one value, in memory or left in the source until asked for (a lazy buffer keeps
/// only its offset and length). Two implementations: <see cref="MemoryByteBuffer"/> and <see cref="StreamByteBuffer"/>.
/// </summary>
public interface IByteBuffer
{
    /// <summary>Number of bytes in the value.</summary>
    long Length { get; }

    /// <summary>Whether the bytes are already in memory; reading <see cref="Data"/> of a lazy buffer loads them.</summary>
    bool IsLoaded { get; }

    /// <summary>The bytes, loaded from the source on first use.</summary>
    ReadOnlyMemory<byte> Data { get; }
}
