namespace ConformanceHarness.Gherkin.Events;

/// <summary>A subscriber to run events (report writers, progress displays, evidence recorders).</summary>
public interface IRunEventListener
{
    /// <summary>Called once per event, never concurrently for one bus, in publication order.</summary>
    void OnEvent(RunEvent runEvent);
}
