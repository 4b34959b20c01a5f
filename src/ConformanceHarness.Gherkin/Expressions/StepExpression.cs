using System.Text.RegularExpressions;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>A compiled step definition expression.</summary>
public abstract class StepExpression
{
    /// <summary>The expression text exactly as written in the step definition.</summary>
    public abstract string Source { get; }

    public abstract StepExpressionKind Kind { get; }

    /// <summary>The compiled regular expression used for matching (anchored to the whole text).</summary>
    public abstract Regex Regex { get; }

    /// <summary>Matches the whole <paramref name="text"/>; null when it does not match.</summary>
    public abstract IReadOnlyList<StepArgument>? Match(string text);

    public override string ToString() => Source;
}
