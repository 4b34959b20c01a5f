using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConformanceHarness.Dicom.Network.Events;

namespace ConformanceHarness.Cli.Commands.Dicom.Network;

/// <summary>
/// <c>--evidence FILE</c>: every <see cref="DicomNetworkEvent"/> of the command as one JSON line (<see cref="EvidenceJson"/>),
/// flushed as it happens so the file is complete up to a crash. A small local writer until the evidence store
/// (src/ConformanceHarness.Evidence) takes its place.
/// </summary>
public sealed class NetworkEvidenceFile : IDisposable
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Lock _gate = new();
    private readonly StreamWriter _writer;
    private readonly IDisposable _subscription;
    private bool _closed;

    private NetworkEvidenceFile(StreamWriter writer, DicomNetworkEvents events)
    {
        _writer = writer;
        _subscription = events.Subscribe(Write);
    }

    /// <summary>Starts writing <paramref name="events"/> to <paramref name="path"/>; null when no path was given.</summary>
    /// <exception cref="HarnessError">The file cannot be created.</exception>
    public static NetworkEvidenceFile? Open(string? path, DicomNetworkEvents events)
    {
        if (string.IsNullOrEmpty(path)) return null;
        try
        {
            return new NetworkEvidenceFile(new StreamWriter(path, append: false, new UTF8Encoding(false)) { AutoFlush = true }, events);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new HarnessError($"--evidence {path}: cannot write: {error.Message}", error);
        }
    }

    public void Dispose()
    {
        _subscription.Dispose();
        lock (_gate)
        {
            _closed = true;
            _writer.Dispose();
        }
    }

    private void Write(DicomNetworkEvent networkEvent)
    {
        var line = EvidenceJson.From(networkEvent).ToJsonString(Compact);
        lock (_gate)
        {
            if (!_closed) _writer.WriteLine(line);
        }
    }
}
