using System.Text.Json.Nodes;

namespace ConformanceHarness.Evidence;

public sealed partial class EvidenceLog
{
    private static readonly byte[] LineFeed = [(byte)'\n'];

    /// <summary>The single writer: numbers, chains and writes each record; flushes whenever the queue is empty.</summary>
    private async Task WriteAllAsync()
    {
        var prev = EvidenceLine.GenesisPrev;
        long written = 0;
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                while (_queue.Reader.TryRead(out var pending)) prev = await WriteLineAsync(++written, pending.Entry, pending.Payload, prev);
                await _file.FlushAsync();
            }
            var closing = new JsonObject { ["records"] = written };
            prev = await WriteLineAsync(written + 1, new EvidenceEntry(EvidenceKinds.LogClosed, DateTimeOffset.UtcNow, null, closing), Serialize(closing), prev);
            await _file.FlushAsync();
            Head = prev;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            var failure = new EvidenceLogException($"evidence log {Path}: writing record {written} failed: {error.Message}", error);
            _queue.Writer.TryComplete(failure);
            throw failure;
        }
        finally
        {
            await CloseFileAsync();
        }
    }

    private async Task<string> WriteLineAsync(long sequence, EvidenceEntry entry, byte[] payload, string prev)
    {
        var line = EvidenceLine.Write(sequence, entry, payload, prev);
        await _file.WriteAsync(line);
        await _file.WriteAsync(LineFeed);
        return EvidenceLine.Digest(line);
    }

    private async Task CloseFileAsync()
    {
        try
        {
            await _file.DisposeAsync();
        }
        catch (IOException)
        {
            // The failure that matters was reported above; closing a file whose last flush failed fails again.
        }
    }
}
