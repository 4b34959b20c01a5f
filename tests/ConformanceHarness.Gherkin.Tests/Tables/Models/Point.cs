namespace ConformanceHarness.Gherkin.Tests.Tables.Models;

public struct Point
{
    public int X { get; set; }

    public int Y { get; set; }
}
