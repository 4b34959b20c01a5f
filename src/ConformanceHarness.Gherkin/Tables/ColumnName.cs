namespace ConformanceHarness.Gherkin.Tables;

/// <summary>Matches table headers to member names: case-insensitive, ignoring spaces, underscores and hyphens.</summary>
internal static class ColumnName
{
    public static string Normalize(string name) =>
        string.Concat(name.Where(c => c is not (' ' or '_' or '-') && !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static bool Matches(string column, string memberName) =>
        string.Equals(Normalize(column), Normalize(memberName), StringComparison.Ordinal);
}
