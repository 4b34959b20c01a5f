using System.Reflection;

namespace ConformanceHarness.Gherkin.Tables;

/// <summary>
/// Compares the body rows of a table with a collection, ignoring order: every expected row must match a distinct
/// actual item on the table's columns, and no actual item may be left over.
/// </summary>
internal static class SetComparison
{
    public static void Compare<T>(DataTable table, IEnumerable<T> actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var members = new TypeMembers(typeof(T));
        var properties = table.Header.Select(members.RequireReadable).ToArray();
        var items = actual.ToList();
        var matched = new bool[items.Count];
        var diff = new DiffTable(table.Header);

        foreach (var row in table.Raw.Skip(1))
        {
            var index = FindMatch(row, items, matched, properties);
            if (index < 0)
            {
                diff.Missing(row);
                continue;
            }

            matched[index] = true;
            diff.Same(row);
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (!matched[i])
            {
                diff.Extra(properties.Select(property => CellFormatter.Format(Value(property, items[i]))).ToArray());
            }
        }

        if (diff.HasDifferences)
        {
            throw new DataTableComparisonException(
                $"The table and the set of {typeof(T).Name} differ ({table.RowCount} expected, {items.Count} actual):",
                diff.ToString());
        }
    }

    private static int FindMatch<T>(IReadOnlyList<string> row, List<T> items, bool[] matched, PropertyInfo[] properties)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!matched[i] && RowMatches(row, items[i], properties))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool RowMatches<T>(IReadOnlyList<string> row, T item, PropertyInfo[] properties)
    {
        for (var column = 0; column < properties.Length; column++)
        {
            var property = properties[column];
            if (!CellComparer.Matches(row[column], Value(property, item), property.PropertyType))
            {
                return false;
            }
        }

        return true;
    }

    private static object? Value<T>(PropertyInfo property, T item) => item is null ? null : property.GetValue(item);
}
