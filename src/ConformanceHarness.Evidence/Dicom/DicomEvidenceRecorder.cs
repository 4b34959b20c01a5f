using ConformanceHarness.Dicom.Network.Events;

namespace ConformanceHarness.Evidence.Dicom;

/// <summary>
/// Records every event of a <see cref="DicomNetworkEvents"/> hub in an <see cref="EvidenceLog"/>, as the hub publishes
/// it: <c>using var recorder = DicomEvidenceRecorder.Attach(server.Events, log, "scp");</c>. Disposing detaches.
/// </summary>
public sealed class DicomEvidenceRecorder : IDisposable
{
    private readonly IDisposable _subscription;
    private long _missed;

    private DicomEvidenceRecorder(DicomNetworkEvents events, EvidenceLog log, string? source) =>
        _subscription = events.Subscribe(networkEvent => Record(log, networkEvent, source));

    /// <summary>Events that could not be recorded because the log was already complete or had failed.</summary>
    public long Missed => Interlocked.Read(ref _missed);

    /// <param name="source">Written as each record's <c>source</c> (e.g. "scu", "scp"): tells apart the sides of one
    /// exchange, and connection ids of different hubs, in a shared log.</param>
    public static DicomEvidenceRecorder Attach(DicomNetworkEvents events, EvidenceLog log, string? source = null) => new(events, log, source);

    public void Dispose() => _subscription.Dispose();

    private void Record(EvidenceLog log, DicomNetworkEvent networkEvent, string? source)
    {
        try
        {
            log.Append(DicomEvidenceMapper.ToEntry(networkEvent, source));
        }
        catch (EvidenceLogException)
        {
            // The hub would swallow it; counted instead, so that a report can say evidence is missing.
            Interlocked.Increment(ref _missed);
        }
    }
}
