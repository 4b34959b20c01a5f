namespace ConformanceHarness.Gherkin.Tables;

/// <summary>
/// Reqnroll-style helpers that bind tables to objects. Headers match properties and constructor parameters
/// case-insensitively, ignoring spaces, underscores and hyphens ("First Name" matches FirstName).
/// </summary>
public static class DataTableExtensions
{
    /// <summary>
    /// Creates one object from a vertical table (header "Field | Value", one row per member) or from a horizontal
    /// table with exactly one body row.
    /// </summary>
    /// <exception cref="DataTableBindingException">A column is unknown or a value cannot be converted.</exception>
    public static T CreateInstance<T>(this DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var members = new TypeMembers(typeof(T));
        return (T)InstanceFactory.Create(members, TableFields.ForInstance(table, members));
    }

    /// <summary>Creates one object per body row of a horizontal table.</summary>
    /// <exception cref="DataTableBindingException">A column is unknown or a value cannot be converted.</exception>
    public static IReadOnlyList<T> CreateSet<T>(this DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var members = new TypeMembers(typeof(T));
        return table.Raw
            .Skip(1)
            .Select((cells, i) => (T)InstanceFactory.Create(members, TableFields.ForRow(table.Header, cells, i + 1)))
            .ToArray();
    }

    /// <summary>
    /// Verifies that the body rows match <paramref name="actual"/> (in any order) on the table's columns.
    /// </summary>
    /// <exception cref="DataTableComparisonException">The set differs; the message holds a +/- diff table.</exception>
    public static void CompareToSet<T>(this DataTable table, IEnumerable<T> actual)
    {
        ArgumentNullException.ThrowIfNull(table);
        SetComparison.Compare(table, actual);
    }

    /// <summary>Verifies that <paramref name="actual"/> has the values of a vertical or one-row horizontal table.</summary>
    /// <exception cref="DataTableComparisonException">A value differs; the message holds a +/- diff table.</exception>
    public static void CompareToInstance<T>(this DataTable table, T actual)
    {
        ArgumentNullException.ThrowIfNull(table);
        InstanceComparison.Compare(table, actual);
    }
}
