namespace ConformanceHarness.Gherkin.Tables;

/// <summary>Reads the fields of a single instance from a vertical (Field | Value) or horizontal one-row table.</summary>
internal static class TableFields
{
    private static readonly string[] _fieldHeaders = ["FIELD", "PROPERTY", "NAME", "KEY"];

    public static IReadOnlyList<TableField> ForInstance(DataTable table, TypeMembers members)
    {
        if (IsVertical(table, members))
        {
            return table.Raw.Skip(1).Select((row, i) => new TableField(row[0], row[1], i + 1)).ToArray();
        }

        if (table.RowCount != 1)
        {
            throw new DataTableBindingException(
                $"Cannot create a single {members.Type.Name} from this table: use a vertical table with a 'Field | Value' " +
                $"header, or a horizontal table with exactly one data row (this table has {table.RowCount} data rows " +
                $"and the header '{string.Join(" | ", table.Header)}').");
        }

        return ForRow(table.Header, table.Raw[1], 1);
    }

    public static IReadOnlyList<TableField> ForRow(IReadOnlyList<string> header, IReadOnlyList<string> cells, int row) =>
        header.Select((column, i) => new TableField(column, cells[i], row)).ToArray();

    private static bool IsVertical(DataTable table, TypeMembers members)
    {
        var header = table.Header;
        if (header.Count != 2
            || !_fieldHeaders.Contains(ColumnName.Normalize(header[0]))
            || ColumnName.Normalize(header[1]) != "VALUE")
        {
            return false;
        }

        // A one-row table whose header names real members (e.g. a type with Name and Value) is horizontal.
        var headerIsMembers = members.IsBindable(header[0]) && members.IsBindable(header[1]);
        return !(headerIsMembers && table.RowCount == 1);
    }
}
