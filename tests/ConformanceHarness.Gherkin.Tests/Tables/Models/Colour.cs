namespace ConformanceHarness.Gherkin.Tests.Tables.Models;

public enum Colour
{
    Red,
    Green,
    DarkBlue,
}
