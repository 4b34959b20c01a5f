namespace ConformanceHarness.Gherkin.Events;

/// <summary>
/// Delivers run events to listeners one at a time, in order, even when scenarios run in parallel.
/// A listener that throws is recorded in <see cref="ListenerErrors"/> and does not change the run.
/// </summary>
public sealed class RunEventBus
{
    private readonly List<IRunEventListener> _listeners = [];
    private readonly List<string> _listenerErrors = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<string> ListenerErrors
    {
        get { lock (_gate) return _listenerErrors.ToList(); }
    }

    public void Subscribe(IRunEventListener listener)
    {
        lock (_gate) _listeners.Add(listener);
    }

    public void Subscribe(Action<RunEvent> listener) => Subscribe(new DelegateListener(listener));

    public void Publish(RunEvent runEvent)
    {
        lock (_gate)
        {
            foreach (var listener in _listeners)
                Deliver(listener, runEvent);
        }
    }

    private void Deliver(IRunEventListener listener, RunEvent runEvent)
    {
        try
        {
            listener.OnEvent(runEvent);
        }
        catch (Exception error)
        {
            _listenerErrors.Add($"{listener.GetType().Name} failed on {runEvent.GetType().Name}: {error.Message}");
        }
    }

    private sealed class DelegateListener(Action<RunEvent> action) : IRunEventListener
    {
        public void OnEvent(RunEvent runEvent) => action(runEvent);
    }
}
