namespace ConformanceHarness.Gherkin.Tags;

/// <summary>Thrown when a tag expression cannot be parsed.</summary>
public sealed class TagExpressionException : Exception
{
    public TagExpressionException(string expression, string reason, int column)
        : base(FormatMessage(expression, reason, column))
    {
        Expression = expression;
        Reason = reason;
        Column = column;
    }

    /// <summary>The expression text that failed to parse.</summary>
    public string Expression { get; }

    /// <summary>The bare syntax error, e.g. <c>Expected operand.</c></summary>
    public string Reason { get; }

    /// <summary>1-based column of the offending character or token (length + 1 for "end of expression").</summary>
    public int Column { get; }

    private static string FormatMessage(string expression, string reason, int column) =>
        $"Tag expression \"{expression}\" could not be parsed because of syntax error: {reason} (column {column})";
}
