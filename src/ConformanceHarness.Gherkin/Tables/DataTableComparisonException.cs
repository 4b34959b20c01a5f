namespace ConformanceHarness.Gherkin.Tables;

/// <summary>
/// Thrown by the table comparison helpers when expected and actual differ. <see cref="Diff"/> is the table with
/// rows prefixed by "- " (expected but missing or different), "+ " (actual but unexpected) or "  " (matching).
/// </summary>
public sealed class DataTableComparisonException : Exception
{
    public DataTableComparisonException(string summary, string diff)
        : base($"{summary}{Environment.NewLine}{diff}")
    {
        Diff = diff;
    }

    public string Diff { get; }
}
