namespace ConformanceHarness.Gherkin.Tests.Tables.Models;

public sealed record Person(string FirstName, string LastName, int Age)
{
    public string? Nickname { get; set; }
}
