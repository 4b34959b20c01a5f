using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Tables;

/// <summary>A Gherkin data table as step bindings receive it; the first row is the header.</summary>
public sealed class DataTable
{
    private readonly IReadOnlyList<IReadOnlyList<string>> _raw;
    private IReadOnlyList<DataTableRow>? _rows;

    public DataTable(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0 || rows[0] is null || rows[0].Count == 0)
        {
            throw new ArgumentException("A data table needs a header row with at least one cell.", nameof(rows));
        }

        var width = rows[0].Count;
        var copy = new IReadOnlyList<string>[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            copy[i] = CopyRow(rows[i], i, width);
        }

        _raw = copy;
    }

    public IReadOnlyList<string> Header => _raw[0];

    /// <summary>The body rows (without the header), keyed by header cell.</summary>
    /// <exception cref="InvalidOperationException">The header contains the same column name twice.</exception>
    public IReadOnlyList<DataTableRow> Rows => _rows ??= CreateRows();

    /// <summary>All rows including the header.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Raw => _raw;

    /// <summary>Number of body rows (the header is not counted).</summary>
    public int RowCount => _raw.Count - 1;

    public static DataTable FromPickle(PickleTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows.Select(row => (IReadOnlyList<string>)row.Cells.Select(cell => cell.Value).ToArray());
        return new DataTable(rows.ToArray());
    }

    /// <summary>Swaps rows and columns of <see cref="Raw"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Transpose()
    {
        var result = new IReadOnlyList<string>[Header.Count];
        for (var column = 0; column < result.Length; column++)
        {
            result[column] = _raw.Select(row => row[column]).ToArray();
        }

        return result;
    }

    /// <summary>Reads a two-column vertical table (key | value), using every row including the first.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary()
    {
        if (Header.Count != 2)
        {
            throw new InvalidOperationException(
                $"ToDictionary needs a table with exactly 2 columns (key | value) but this table has {Header.Count}.");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in _raw)
        {
            if (!result.TryAdd(row[0], row[1]))
            {
                throw new InvalidOperationException($"ToDictionary found the key '{row[0]}' more than once.");
            }
        }

        return result;
    }

    /// <summary>One header-keyed dictionary per body row.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> ToDictionaries() => Rows;

    private static string[] CopyRow(IReadOnlyList<string>? row, int index, int width)
    {
        if (row is null || row.Count != width)
        {
            throw new ArgumentException(
                $"Row {index} has {row?.Count ?? 0} cells but the header has {width}; data tables must be rectangular.",
                "rows");
        }

        if (row.Any(cell => cell is null))
        {
            throw new ArgumentException($"Row {index} contains a null cell.", "rows");
        }

        return row.ToArray();
    }

    private DataTableRow[] CreateRows()
    {
        var duplicate = Header.GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"The header contains the column '{duplicate.Key}' more than once, so rows cannot be keyed by column name.");
        }

        return _raw.Skip(1).Select(cells => new DataTableRow(Header, cells)).ToArray();
    }
}
