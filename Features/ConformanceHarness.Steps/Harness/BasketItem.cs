namespace ConformanceHarness.Steps.Harness;

public sealed record BasketItem(string Name, int Quantity, decimal UnitPrice);
