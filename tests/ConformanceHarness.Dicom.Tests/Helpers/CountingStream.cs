namespace ConformanceHarness.Dicom.Tests.Helpers;

/// <summary>A read-only seekable stream over bytes that counts the bytes handed out.</summary>
public sealed class CountingStream(byte[] data) : MemoryStream(data, writable: false)
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Count(base.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(base.Read(buffer));

    public override int ReadByte()
    {
        var value = base.ReadByte();
        if (value >= 0) BytesRead++;
        return value;
    }

    private int Count(int read)
    {
        BytesRead += read;
        return read;
    }
}
