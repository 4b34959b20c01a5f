namespace ConformanceHarness.Gherkin.Tests.Tables.Models;

public sealed class NameValue
{
    public string Name { get; set; } = string.Empty;

    public int Value { get; set; }
}
