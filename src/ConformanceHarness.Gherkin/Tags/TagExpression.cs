namespace ConformanceHarness.Gherkin.Tags;

/// <summary>
/// A parsed Cucumber tag expression such as <c>@smoke and not @slow</c>.
/// Operators bind <c>not</c> tighter than <c>and</c>, which binds tighter than <c>or</c>.
/// </summary>
public abstract class TagExpression
{
    private protected TagExpression()
    {
    }

    /// <summary>An expression that matches every tag set; the result of parsing empty text.</summary>
    public static TagExpression True { get; } = new TrueExpression();

    /// <summary>Parses <paramref name="text"/>; empty or blank text yields <see cref="True"/>.</summary>
    /// <exception cref="TagExpressionException">The text is not a valid tag expression.</exception>
    public static TagExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TagExpressionParser(text).Parse();
    }

    /// <summary>Parses <paramref name="text"/> without throwing for syntax errors.</summary>
    public static bool TryParse(string text, out TagExpression? expression, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            expression = Parse(text);
            error = null;
            return true;
        }
        catch (TagExpressionException exception)
        {
            expression = null;
            error = exception.Message;
            return false;
        }
    }

    /// <summary>Evaluates the expression against tag names (including the leading '@'), compared ordinally.</summary>
    public abstract bool Evaluate(IReadOnlyCollection<string> tags);

    /// <summary>The canonical, fully parenthesised form used by the Cucumber reference implementations.</summary>
    public abstract override string ToString();
}
