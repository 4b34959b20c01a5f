using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ConformanceHarness.Evidence;

/// <summary>
/// The append-only evidence of a run: one JSON object per line (NDJSON), numbered and hash-chained (see
/// <see cref="EvidenceLine"/> for the line format and <see cref="VerifyAsync"/> for the check). Any number of threads
/// append; a single writer numbers, chains and writes the lines in the order they were appended, flushing whenever it
/// catches up. At most <see cref="EvidenceLogOptions.Capacity"/> records wait in memory. <see cref="CompleteAsync"/>
/// (or disposing) writes the closing record, flushes and closes the file; <see cref="Head"/> is then the SHA-256 of
/// the last line, for a report or bundle to quote.
/// </summary>
public sealed partial class EvidenceLog : IAsyncDisposable, IDisposable
{
    private readonly Channel<PendingRecord> _queue;
    private readonly FileStream _file;
    private readonly Task _writer;

    private EvidenceLog(string path, FileStream file, EvidenceLogOptions options)
    {
        Path = path;
        _file = file;
        _queue = Channel.CreateBounded<PendingRecord>(new BoundedChannelOptions(options.Capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _writer = Task.Run(WriteAllAsync);
    }

    public string Path { get; }

    /// <summary>SHA-256 of the last line once the log is complete; null before.</summary>
    public string? Head { get; private set; }

    /// <summary>Creates a new log file; an existing file is never appended to or overwritten.</summary>
    /// <exception cref="EvidenceLogException">The file exists or cannot be created; the message says which and why.</exception>
    public static EvidenceLog Create(string path, EvidenceLogOptions? options = null)
    {
        options ??= new EvidenceLogOptions();
        if (options.Capacity < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.Capacity, "EvidenceLogOptions.Capacity must be at least 1");
        try
        {
            return new EvidenceLog(path, new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16, FileOptions.Asynchronous), options);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new EvidenceLogException($"cannot create evidence log {path}: {error.Message}", error);
        }
    }

    /// <summary>Appends a record, waiting while <see cref="EvidenceLogOptions.Capacity"/> records are queued.</summary>
    /// <exception cref="EvidenceLogException">The log is complete, or its writer failed.</exception>
    public void Append(EvidenceEntry entry)
    {
        var pending = PendingRecord.From(entry);
        if (_queue.Writer.TryWrite(pending)) return;
        try
        {
            _queue.Writer.WriteAsync(pending).AsTask().GetAwaiter().GetResult();
        }
        catch (ChannelClosedException closed)
        {
            throw NotAccepting(entry, closed);
        }
    }

    /// <inheritdoc cref="Append"/>
    public async ValueTask AppendAsync(EvidenceEntry entry, CancellationToken cancellationToken = default)
    {
        try
        {
            await _queue.Writer.WriteAsync(PendingRecord.From(entry), cancellationToken);
        }
        catch (ChannelClosedException closed)
        {
            throw NotAccepting(entry, closed);
        }
    }

    /// <summary>Stops accepting records, writes those queued and the closing record, flushes and closes the file.</summary>
    /// <exception cref="EvidenceLogException">Writing failed (e.g. the disk is full); the message says at which record.</exception>
    public Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        return _writer;
    }

    public async ValueTask DisposeAsync() => await CompleteAsync();

    public void Dispose() => CompleteAsync().GetAwaiter().GetResult();

    private EvidenceLogException NotAccepting(EvidenceEntry entry, ChannelClosedException closed) => closed.InnerException is EvidenceLogException failure
        ? new EvidenceLogException($"{failure.Message}; record '{entry.Kind}' was not appended", failure)
        : new EvidenceLogException($"evidence log {Path} is complete; record '{entry.Kind}' was not appended");

    /// <summary>A record waiting for the writer, its payload already serialized (so the caller's objects are not kept).</summary>
    private readonly record struct PendingRecord(EvidenceEntry Entry, byte[] Payload)
    {
        public static PendingRecord From(EvidenceEntry entry) => new(entry with { Payload = [] }, Serialize(entry.Payload));
    }

    private static byte[] Serialize(JsonObject payload)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer)) payload.WriteTo(json);
        return buffer.WrittenSpan.ToArray();
    }
}
