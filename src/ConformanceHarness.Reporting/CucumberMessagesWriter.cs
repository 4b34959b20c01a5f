using System.Text.Json;
using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Reporting.Messages;
using Envelope = Io.Cucumber.Messages.Types.Envelope;

namespace ConformanceHarness.Reporting;

/// <summary>
/// Writes a run as Cucumber Messages NDJSON (one envelope per line, UTF-8 without BOM), in the order
/// of the Cucumber Compatibility Kit, so Cucumber's HTML formatter and query library can read it.
/// <c>meta</c> is written on construction; the stream is flushed at <c>testRunFinished</c>.
/// The event bus delivers one event at a time, so no locking is needed here.
/// </summary>
public sealed class CucumberMessagesWriter : IRunEventListener, IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Utf8JsonWriter _json;
    private readonly EnvelopeTranslator _translator = new();
    private bool _disposed;

    public CucumberMessagesWriter(Stream stream, bool leaveOpen = false)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = EnvelopeJson.Options.Encoder });
        Write(Envelope.Create(MetaMessages.Create()));
    }

    public void OnEvent(RunEvent runEvent)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        foreach (var envelope in _translator.Translate(runEvent))
            Write(envelope);
        if (runEvent is TestRunFinished)
            _stream.Flush();
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _json.Dispose();
        _stream.Flush();
        if (!_leaveOpen) _stream.Dispose();
    }

    private void Write(Envelope envelope)
    {
        EnvelopeJson.Serialize(_json, envelope);
        _json.Flush();
        _json.Reset();
        _stream.Write(NewLine);
    }
}
