using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Reporting;

namespace ConformanceHarness.Cli.Commands.Run;

/// <summary>
/// Opens the report folder only once the run has really started (<see cref="TestRunStarted"/>), so a
/// configuration error leaves no empty reports behind. Events published before that (features
/// loaded, bindings loaded) are held and replayed to the writers in their original order.
/// </summary>
public sealed class DeferredReportSession(string reportRoot, string runId, IReadOnlyCollection<string> formats)
    : IRunEventListener, IDisposable
{
    private readonly List<RunEvent> _pending = [];
    private readonly RunEventBus _writers = new();
    private ReportSession? _session;

    /// <summary>The folder and files written, empty when the run never started.</summary>
    public IReadOnlyList<string> Files => _session?.Files ?? [];

    public string? Directory => _session?.Directory;

    public IReadOnlyList<string> WriterErrors => _writers.ListenerErrors;

    public void OnEvent(RunEvent runEvent)
    {
        if (_session is null && runEvent is not TestRunStarted)
        {
            _pending.Add(runEvent);
            return;
        }
        if (_session is null) Open();
        _writers.Publish(runEvent);
    }

    /// <summary>Ends the session: the writers flush and close their files.</summary>
    public void Dispose() => _session?.Dispose();

    private void Open()
    {
        _session = ReportDirectory.Open(reportRoot, runId, formats);
        _session.Subscribe(_writers);
        foreach (var held in _pending) _writers.Publish(held);
        _pending.Clear();
    }
}
