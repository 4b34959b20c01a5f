using ConformanceHarness.Gherkin.Events;

namespace ConformanceHarness.Reporting;

/// <summary>
/// The writers of one run's report folder. Subscribe them to the run's bus, run, then dispose the
/// session to close every file (writers that saw the run finish have already flushed).
/// </summary>
public sealed class ReportSession : IDisposable
{
    private bool _disposed;

    internal ReportSession(string directory, IReadOnlyList<string> files, IReadOnlyList<IRunEventListener> listeners)
    {
        Directory = directory;
        Files = files;
        Listeners = listeners;
    }

    /// <summary>The run's report folder, <c>&lt;reportRoot&gt;/&lt;runId&gt;</c>.</summary>
    public string Directory { get; }

    /// <summary>Full paths of the files (or folders) the writers produce, one per format.</summary>
    public IReadOnlyList<string> Files { get; }

    public IReadOnlyList<IRunEventListener> Listeners { get; }

    public void Subscribe(RunEventBus bus)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        foreach (var listener in Listeners) bus.Subscribe(listener);
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        List<Exception> errors = [];
        foreach (var disposable in Listeners.OfType<IDisposable>())
        {
            try
            {
                disposable.Dispose();
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                errors.Add(error);
            }
        }
        if (errors.Count > 0) throw new AggregateException("closing the report files failed", errors);
    }
}
