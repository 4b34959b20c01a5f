namespace ConformanceHarness.Gherkin.Tests.Tables.Models;

/// <summary>Get-only properties bound through the constructor, plus one settable property.</summary>
public sealed class Order
{
    public Order(Guid id, decimal total, string currency = "EUR")
    {
        Id = id;
        Total = total;
        Currency = currency;
    }

    public Guid Id { get; }

    public decimal Total { get; }

    public string Currency { get; }

    public string? Note { get; set; }

    public int Revision { get; } = 7;
}
