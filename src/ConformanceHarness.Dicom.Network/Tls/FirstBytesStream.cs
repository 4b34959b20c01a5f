using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>
/// Passes everything through to the connection and remembers the first bytes the peer sent, so that a failed handshake
/// can say what arrived instead of a TLS record (RFC 8446 §5.1: a record starts with ContentType 20…23), e.g. the
/// A-ASSOCIATE-RQ of a peer that does not use TLS.
/// </summary>
internal sealed class FirstBytesStream(Stream inner) : Stream
{
    private const int Kept = 16;
    private readonly byte[] _first = new byte[Kept];
    private int _count;

    /// <summary>True when the peer's first byte cannot open a TLS record (change_cipher_spec, alert, handshake, application_data).</summary>
    public bool SawNonTls => _count > 0 && _first[0] is < 20 or > 23;

    /// <summary>The first bytes in hex, and what they look like when they are a DICOM PDU.</summary>
    public string DescribeFirstBytes()
    {
        if (_count == 0) return "the peer sent nothing";
        var hex = Convert.ToHexString(_first, 0, _count);
        var spaced = string.Join(' ', Enumerable.Range(0, _count).Select(index => hex.Substring(index * 2, 2)));
        var pdu = Enum.IsDefined((PduType)_first[0]) && _count > 1 && _first[1] == 0
            ? $", which opens a DICOM {Pdu.NameOf((PduType)_first[0])} PDU: the peer is not using TLS on this connection" : "";
        return $"the peer's first bytes were {spaced}{pdu}";
    }

    public override bool CanRead => inner.CanRead;
    public override bool CanWrite => inner.CanWrite;
    public override bool CanSeek => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Keep(buffer, inner.Read(buffer));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Keep(buffer.Span, read);
    }

    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(buffer, cancellationToken);

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override ValueTask DisposeAsync() => inner.DisposeAsync();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private int Keep(ReadOnlySpan<byte> buffer, int read)
    {
        var kept = Math.Min(read, Kept - _count);
        if (kept > 0) buffer[..kept].CopyTo(_first.AsSpan(_count));
        _count += Math.Max(kept, 0);
        return read;
    }
}
