namespace ConformanceHarness.Dicom.IO;

/// <summary>
/// A value left in a seekable source: only (offset, length) is kept until <see cref="Data"/> is read.
/// The source is either a caller's stream (the caller keeps it open) or a file path reopened on demand.
/// </summary>
public sealed class StreamByteBuffer : IByteBuffer
{
    private readonly Func<Stream> _open;
    private readonly bool _ownsStream;
    private readonly Lock _gate = new();
    private byte[]? _data;

    private StreamByteBuffer(Func<Stream> open, bool ownsStream, long offset, long length)
    {
        if (length > Array.MaxLength)
            throw new ArgumentOutOfRangeException(nameof(length), $"a value of {length} bytes cannot be loaded into memory");
        _open = open;
        _ownsStream = ownsStream;
        Offset = offset;
        Length = length;
    }

    /// <summary>Absolute position of the value's first byte in the source.</summary>
    public long Offset { get; }

    public long Length { get; }

    public bool IsLoaded => _data is not null;

    public ReadOnlyMemory<byte> Data
    {
        get
        {
            lock (_gate) return _data ??= Load();
        }
    }

    public static StreamByteBuffer FromStream(Stream stream, long offset, long length) => new(() => stream, false, offset, length);

    public static StreamByteBuffer FromFile(string path, long offset, long length) =>
        new(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read), true, offset, length);

    private byte[] Load()
    {
        var stream = _open();
        try
        {
            var data = new byte[Length];
            stream.Seek(Offset, SeekOrigin.Begin);
            var read = stream.ReadAtLeast(data, data.Length, throwOnEndOfStream: false);
            if (read < data.Length)
                throw new DicomFormatException($"lazy value of {Length} bytes ends after {read} bytes: the source changed", null, Offset);
            return data;
        }
        finally
        {
            if (_ownsStream) stream.Dispose();
        }
    }
}
