namespace ConformanceHarness.Steps.Harness;

/// <summary>The tiny domain the runner's sample features drive: a shopping basket.</summary>
public sealed class Basket
{
    private readonly List<BasketItem> _items = [];

    public IReadOnlyList<BasketItem> Items => _items;

    public int DiscountPercent { get; set; }

    public int Count => _items.Sum(item => item.Quantity);

    public decimal Total => _items.Sum(item => item.Quantity * item.UnitPrice) * (100 - DiscountPercent) / 100m;

    public void Add(string name, int quantity, decimal unitPrice) => _items.Add(new BasketItem(name, quantity, unitPrice));

    public void Remove(int quantity)
    {
        var last = _items[^1];
        _items.RemoveAt(_items.Count - 1);
        if (last.Quantity > quantity) _items.Add(last with { Quantity = last.Quantity - quantity });
    }
}
