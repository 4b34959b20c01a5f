namespace ConformanceHarness.Dicom.Network.Events;

/// <summary>
/// Where DICOM network events go: any number of listeners, each called in turn on the thread where the event
/// happened. A listener's exception is swallowed so that observing never changes what the protocol does; work that
/// costs (data set digests) is only done while someone listens.
/// </summary>
public sealed class DicomNetworkEvents
{
    private readonly Lock _gate = new();
    private Action<DicomNetworkEvent>[] _listeners = [];

    public bool HasListeners => Volatile.Read(ref _listeners).Length > 0;

    /// <summary>Adds a listener; dispose the result to remove it.</summary>
    public IDisposable Subscribe(Action<DicomNetworkEvent> listener)
    {
        lock (_gate) _listeners = [.. _listeners, listener];
        return new Subscription(() =>
        {
            lock (_gate) _listeners = [.. _listeners.Where(existing => existing != listener)];
        });
    }

    public void Publish(DicomNetworkEvent networkEvent)
    {
        foreach (var listener in Volatile.Read(ref _listeners))
        {
            try
            {
                listener(networkEvent);
            }
            catch (Exception)
            {
                // A listener's failure is its own; the exchange goes on unchanged.
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
