namespace ConformanceHarness.Gherkin.Tables;

/// <summary>One column/value pair of a table row; <see cref="Row"/> is the 1-based body row number.</summary>
internal readonly record struct TableField(string Column, string Value, int Row)
{
    public string Key => ColumnName.Normalize(Column);
}
