using System.Runtime.CompilerServices;

namespace ConformanceHarness.Evidence;

/// <summary>One line of a log as stored: its 1-based number, its bytes (LF excluded), and whether a LF ended it.</summary>
internal sealed record EvidenceRawLine(int Number, byte[] Bytes, bool Terminated);

/// <summary>Splits a log into lines of raw bytes (hashes are over bytes, so nothing is decoded here), in bounded memory.</summary>
internal static class EvidenceLineReader
{
    /// <summary>No line the writer makes comes near this; a longer one means the file is not an evidence log.</summary>
    public const int MaximumLineLength = 16 * 1024 * 1024;

    public static async IAsyncEnumerable<EvidenceRawLine> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = Open(path);
        using var line = new MemoryStream();
        var chunk = new byte[1 << 16];
        var number = 0;
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            var rest = chunk.AsMemory(0, read);
            int end;
            while ((end = rest.Span.IndexOf((byte)'\n')) >= 0)
            {
                Collect(line, rest[..end], path, number + 1);
                yield return new EvidenceRawLine(++number, line.ToArray(), Terminated: true);
                line.SetLength(0);
                rest = rest[(end + 1)..];
            }
            Collect(line, rest, path, number + 1);
        }
        if (line.Length > 0) yield return new EvidenceRawLine(++number, line.ToArray(), Terminated: false);
    }

    private static void Collect(MemoryStream line, ReadOnlyMemory<byte> bytes, string path, int number)
    {
        if (line.Length + bytes.Length > MaximumLineLength)
            throw new EvidenceLogException($"evidence log {path}, line {number}: longer than {MaximumLineLength / (1024 * 1024)} MiB; this is not an evidence log");
        line.Write(bytes.Span);
    }

    private static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new EvidenceLogException($"cannot read evidence log {path}: {error.Message}", error);
        }
    }
}
