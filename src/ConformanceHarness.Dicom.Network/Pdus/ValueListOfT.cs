using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>An immutable list compared by its items, so PDU records compare by value.</summary>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ReadOnlyMemory<T> _items;

    public ValueList(T[] items) => _items = items;

    /// <summary>A list over <paramref name="items"/> without copying them; nothing may change them afterwards.</summary>
    internal ValueList(ReadOnlyMemory<T> items) => _items = items;

    public static ValueList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items.Span[index];

    public ReadOnlySpan<T> AsSpan() => _items.Span;

    public ReadOnlyMemory<T> AsMemory() => _items;

    public bool Equals(ValueList<T>? other) =>
        other is not null && _items.Span.SequenceEqual(other._items.Span, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items.Span) hash.Add(item);
        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", MemoryMarshal.ToEnumerable(_items))}]";

    public IEnumerator<T> GetEnumerator() => MemoryMarshal.ToEnumerable(_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
