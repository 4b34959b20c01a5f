namespace ConformanceHarness.Gherkin.Events;

/// <summary>
/// Something that happened during a run. Writers subscribe to the stream through
/// <see cref="RunEventBus"/>; the runner knows no writer.
/// </summary>
public abstract record RunEvent
{
    public DateTimeOffset Timestamp { get; init; } = DateTimeOffset.UtcNow;
}
