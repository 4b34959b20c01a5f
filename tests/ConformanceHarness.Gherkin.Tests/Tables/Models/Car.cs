namespace ConformanceHarness.Gherkin.Tests.Tables.Models;

public sealed class Car
{
    public string Make { get; set; } = string.Empty;

    public string Model { get; set; } = string.Empty;

    public int Year { get; set; }
}
