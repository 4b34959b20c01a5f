using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ConformanceHarness.Dicom;

/// <summary>
/// A data set, PS3.5 §7: items ordered by tag. Typed reads are in <c>DicomDataset.Values.cs</c>,
/// VR-checked writes in <c>DicomDataset.Setters.cs</c>, private blocks in <c>DicomDataset.Private.cs</c>.
/// </summary>
public sealed partial class DicomDataset : IEnumerable<DicomItem>
{
    private readonly SortedList<DicomTag, DicomItem> _items = [];

    public DicomDataset(params IEnumerable<DicomItem> items)
    {
        foreach (var item in items) AddOrUpdate(item);
    }

    /// <summary>The data set whose sequence holds this one as an item; character set and timezone are inherited from it.</summary>
    public DicomDataset? Parent { get; internal set; }

    public int Count => _items.Count;

    public bool Contains(DicomTag tag) => _items.ContainsKey(tag);

    public bool TryGetItem(DicomTag tag, [NotNullWhen(true)] out DicomItem? item) => _items.TryGetValue(tag, out item);

    public DicomItem GetItem(DicomTag tag) =>
        TryGetItem(tag, out var item) ? item : throw new DicomDataException($"{tag} is not in the data set", tag);

    /// <summary>Adds, failing when the tag is present.</summary>
    public DicomDataset Add(DicomItem item)
    {
        if (!_items.TryAdd(item.Tag, item)) throw new ArgumentException($"{item.Tag} is already in the data set", nameof(item));
        Adopt(item);
        return this;
    }

    /// <summary>Adds or replaces the item with the same tag.</summary>
    public DicomDataset AddOrUpdate(DicomItem item)
    {
        _items[item.Tag] = item;
        Adopt(item);
        return this;
    }

    public bool Remove(DicomTag tag) => _items.Remove(tag);

    /// <summary>Removes every item whose tag matches.</summary>
    public int RemoveAll(Func<DicomTag, bool> match)
    {
        var doomed = _items.Keys.Where(match).ToList();
        foreach (var tag in doomed) _items.Remove(tag);
        return doomed.Count;
    }

    public void Clear() => _items.Clear();

    /// <summary>A deep copy of the structure; value buffers are shared (they are immutable).</summary>
    public DicomDataset Clone() => new(_items.Values.Select(CloneItem));

    public IEnumerator<DicomItem> GetEnumerator() => _items.Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Adopt(DicomItem item)
    {
        if (item is DicomSequence sequence)
            foreach (var child in sequence.Items) child.Parent = this;
    }

    private static DicomItem CloneItem(DicomItem item) => item switch
    {
        DicomSequence sequence => new DicomSequence(sequence.Tag, sequence.Items.Select(child => child.Clone()))
        {
            IsUndefinedLength = sequence.IsUndefinedLength,
            ItemsUndefinedLength = sequence.ItemsUndefinedLength,
        },
        _ => item,
    };
}
