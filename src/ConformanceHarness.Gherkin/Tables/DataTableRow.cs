using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ConformanceHarness.Gherkin.Tables;

/// <summary>A body row of a <see cref="DataTable"/>, readable by column index or by header name (ordinal).</summary>
public sealed class DataTableRow : IReadOnlyDictionary<string, string>
{
    private readonly IReadOnlyList<string> _header;
    private readonly IReadOnlyList<string> _cells;

    internal DataTableRow(IReadOnlyList<string> header, IReadOnlyList<string> cells)
    {
        _header = header;
        _cells = cells;
    }

    public int Count => _cells.Count;

    public IEnumerable<string> Keys => _header;

    public IEnumerable<string> Values => _cells;

    public string this[int index] => index >= 0 && index < _cells.Count
        ? _cells[index]
        : throw new ArgumentOutOfRangeException(
            nameof(index), index, $"The row has {_cells.Count} cells (valid indexes 0..{_cells.Count - 1}).");

    public string this[string column] => TryGetValue(column, out var value)
        ? value
        : throw new KeyNotFoundException(
            $"The data table has no column '{column}' (available columns: {string.Join(", ", _header)}).");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _cells[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _cells.Count; i++)
        {
            yield return new KeyValuePair<string, string>(_header[i], _cells[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        for (var i = 0; i < _header.Count; i++)
        {
            if (string.Equals(_header[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
