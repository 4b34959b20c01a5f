namespace ConformanceHarness.Gherkin.Tables;

/// <summary>Compares a vertical (Field | Value) or one-row horizontal table with the properties of one object.</summary>
internal static class InstanceComparison
{
    public static void Compare<T>(DataTable table, T actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var members = new TypeMembers(typeof(T));
        var fields = TableFields.ForInstance(table, members);
        var diff = new DiffTable(["Field", "Value"]);

        foreach (var field in fields)
        {
            var property = members.RequireReadable(field.Column);
            var value = property.GetValue(actual);
            if (CellComparer.Matches(field.Value, value, property.PropertyType))
            {
                diff.Same([field.Column, field.Value]);
                continue;
            }

            diff.Missing([field.Column, field.Value]);
            diff.Extra([field.Column, CellFormatter.Format(value)]);
        }

        if (diff.HasDifferences)
        {
            throw new DataTableComparisonException(
                $"The table and the {typeof(T).Name} instance differ (- expected, + actual):",
                diff.ToString());
        }
    }
}
