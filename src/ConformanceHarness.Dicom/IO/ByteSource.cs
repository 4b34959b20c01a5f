using System.Buffers.Binary;

namespace ConformanceHarness.Dicom.IO;

/// <summary>
/// Reads named fields from a stream and tracks the byte offset, so every failure says which field,
/// tag and offset. Knows the remaining length of a seekable stream, and never allocates a buffer from
/// an untrusted length: values are checked against it, or read in bounded chunks when it is unknown.
/// </summary>
internal sealed class ByteSource
{
    private const int ChunkSize = 1 << 20;
    private readonly Stream _stream;
    private readonly long? _end;
    private readonly byte[] _scratch = new byte[8];
    private byte[] _pushback = [];

    public ByteSource(Stream stream, long position, long? end)
    {
        _stream = stream;
        Position = position;
        _end = end;
    }

    /// <summary>Offset of the next byte, counted from the start of the file (or of the inflated stream).</summary>
    public long Position { get; private set; }

    public bool BigEndian { get; set; }

    /// <summary>The stream, when it can be revisited by lazy values (seekable and not inflated).</summary>
    public Stream? Seekable => _end is null ? null : _stream;

    /// <summary>Bytes left, or null when the stream cannot tell (deflated or non-seekable input).</summary>
    public long? Remaining => _end - Position;

    public static ByteSource Over(Stream stream) =>
        stream.CanSeek ? new ByteSource(stream, stream.Position, stream.Length) : new ByteSource(stream, 0, null);

    public bool IsAtEnd => Peek(1).Length == 0;

    /// <summary>Up to <paramref name="count"/> next bytes without consuming them (fewer at the end).</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        if (_pushback.Length < count)
        {
            var more = new byte[count];
            _pushback.CopyTo(more, 0);
            var read = ReadAtLeast(more.AsSpan(_pushback.Length), count - _pushback.Length, "Next tag", null);
            _pushback = more[..(_pushback.Length + read)];
        }
        return _pushback.AsSpan(0, Math.Min(count, _pushback.Length));
    }

    /// <summary>The stream positioned at <see cref="Position"/>, for a decoder to take over (deflated data sets).</summary>
    public Stream Detach()
    {
        if (_pushback.Length == 0) return _stream;
        if (_stream.CanSeek)
        {
            _stream.Seek(-_pushback.Length, SeekOrigin.Current);
            _pushback = [];
            return _stream;
        }
        var rest = new PrefixedStream(_pushback, _stream);
        _pushback = [];
        return rest;
    }

    public ushort ReadUInt16(string field, DicomTag? tag)
    {
        Fill(_scratch.AsSpan(0, 2), field, tag);
        return BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(_scratch) : BinaryPrimitives.ReadUInt16LittleEndian(_scratch);
    }

    public uint ReadUInt32(string field, DicomTag? tag)
    {
        Fill(_scratch.AsSpan(0, 4), field, tag);
        return BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(_scratch) : BinaryPrimitives.ReadUInt32LittleEndian(_scratch);
    }

    public DicomTag ReadTag(string field, DicomTag? context)
    {
        var group = ReadUInt16(field + " group", context);
        return new DicomTag(group, ReadUInt16(field + " element", context));
    }

    public string ReadAscii(int count, string field, DicomTag? tag)
    {
        Fill(_scratch.AsSpan(0, count), field, tag);
        return System.Text.Encoding.ASCII.GetString(_scratch, 0, count);
    }

    /// <summary>Reads a value of an untrusted length: checked against the remaining bytes, or read in chunks.</summary>
    public byte[] ReadBytes(long count, string field, DicomTag? tag)
    {
        EnsureAvailable(count, field, tag);
        if (count > Array.MaxLength)
            throw new DicomFormatException($"field '{field}' of {count} bytes is too large to load", tag, Position);
        if (_end is not null || count <= ChunkSize)
        {
            var data = new byte[count];
            Fill(data, field, tag);
            return data;
        }
        return ReadChunked((int)count, field, tag);
    }

    public void Skip(long count, string field, DicomTag? tag)
    {
        EnsureAvailable(count, field, tag);
        if (_pushback.Length == 0 && _stream.CanSeek)
        {
            _stream.Seek(count, SeekOrigin.Current);
            Position += count;
            return;
        }
        for (var left = count; left > 0; left -= ChunkSize) ReadBytes(Math.Min(left, ChunkSize), field, tag);
    }

    /// <summary>Fails when a seekable stream has fewer than <paramref name="count"/> bytes left.</summary>
    public void EnsureAvailable(long count, string field, DicomTag? tag)
    {
        if (Remaining is { } remaining && count > remaining)
            throw new DicomFormatException($"field '{field}' needs {count} bytes, {remaining} remain", tag, Position);
    }

    private byte[] ReadChunked(int count, string field, DicomTag? tag)
    {
        using var collected = new MemoryStream();
        var chunk = new byte[ChunkSize];
        for (var left = count; left > 0; left -= ChunkSize)
        {
            var part = chunk.AsSpan(0, Math.Min(left, ChunkSize));
            Fill(part, field, tag);
            collected.Write(part);
        }
        return collected.ToArray();
    }

    private void Fill(Span<byte> target, string field, DicomTag? tag)
    {
        var fromPushback = Math.Min(_pushback.Length, target.Length);
        _pushback.AsSpan(0, fromPushback).CopyTo(target);
        _pushback = _pushback[fromPushback..];
        var read = fromPushback + ReadAtLeast(target[fromPushback..], target.Length - fromPushback, field, tag);
        if (read < target.Length)
            throw new DicomFormatException($"field '{field}' needs {target.Length} bytes, {read} remain", tag, Position);
        Position += target.Length;
    }

    /// <summary>A corrupt deflated data set surfaces from the inflater as <see cref="InvalidDataException"/>: a format error here.</summary>
    private int ReadAtLeast(Span<byte> target, int minimum, string field, DicomTag? tag)
    {
        try
        {
            return _stream.ReadAtLeast(target, minimum, throwOnEndOfStream: false);
        }
        catch (InvalidDataException error)
        {
            throw new DicomFormatException($"field '{field}': the deflated data set is corrupt ({error.Message})", tag, Position, error);
        }
    }
}
