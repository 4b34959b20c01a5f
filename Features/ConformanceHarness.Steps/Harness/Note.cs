namespace ConformanceHarness.Steps.Harness;

/// <summary>Scenario-scoped context: the doc string a step received.</summary>
public sealed class Note
{
    public string Content { get; set; } = "";

    public string? MediaType { get; set; }
}
