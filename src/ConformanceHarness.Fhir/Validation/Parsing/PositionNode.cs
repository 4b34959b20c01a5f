namespace ConformanceHarness.Fhir.Validation.Parsing;

/// <summary>
/// One element of a source text, with where it starts and its children by name in document order. A choice element
/// keeps its typed name (<c>valueQuantity</c>); <see cref="Child"/> finds it by the name without the type as well.
/// </summary>
internal sealed class PositionNode((int Line, int Column) position)
{
    private Dictionary<string, List<PositionNode>>? _children;

    public (int Line, int Column) Position { get; } = position;

    /// <summary>The <paramref name="index"/>-th child called <paramref name="name"/>; a new one at the end when it is the next.</summary>
    public PositionNode ChildAt(string name, int index, (int Line, int Column) position)
    {
        _children ??= new(StringComparer.Ordinal);
        if (!_children.TryGetValue(name, out var list)) _children[name] = list = [];
        if (index < list.Count) return list[index];
        var child = new PositionNode(position);
        list.Add(child);
        return child;
    }

    public PositionNode Append(string name, (int Line, int Column) position) =>
        ChildAt(name, _children?.GetValueOrDefault(name)?.Count ?? 0, position);

    /// <summary>By name, or for a choice element by its name without the type suffix (<c>value</c> → <c>valueQuantity</c>).</summary>
    public PositionNode? Child(string name, int index)
    {
        if (_children is null) return null;
        if (!_children.TryGetValue(name, out var list))
            list = _children.FirstOrDefault(c => c.Key.Length > name.Length && char.IsUpper(c.Key[name.Length])
                && c.Key.StartsWith(name, StringComparison.Ordinal)).Value;
        return list is not null && index < list.Count ? list[index] : null;
    }
}
