namespace ConformanceHarness.Steps.Harness;

/// <summary>Scenario-scoped record of which hooks ran, in order.</summary>
public sealed class HookLog
{
    public List<string> Entries { get; } = [];

    public int StepsSeen { get; set; }

    public int SharedCounter { get; set; }
}
