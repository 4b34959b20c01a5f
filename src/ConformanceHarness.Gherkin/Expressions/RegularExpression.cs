using System.Text.RegularExpressions;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>
/// A step definition written as a regular expression. The whole step text must match, whether or not the
/// pattern has ^ and $; each top-level capture group becomes one <see cref="StepArgument"/>.
/// </summary>
public sealed class RegularExpression : StepExpression
{
    private readonly CaptureGroupTree _groups;

    /// <exception cref="CucumberExpressionException">The pattern is not a valid regular expression.</exception>
    public RegularExpression(string pattern, ParameterTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(registry);
        Source = pattern;
        Registry = registry;
        try
        {
            Regex = new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            throw new CucumberExpressionException($"Invalid regular expression '{pattern}': {ex.Message}", ex);
        }

        _groups = CaptureGroupTree.Parse(pattern);
    }

    /// <summary>The pattern exactly as written.</summary>
    public override string Source { get; }

    public override StepExpressionKind Kind => StepExpressionKind.RegularExpression;

    /// <summary>The anchored regex <c>^(?:pattern)$</c>.</summary>
    public override Regex Regex { get; }

    public ParameterTypeRegistry Registry { get; }

    public override IReadOnlyList<StepArgument>? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = _groups.Match(Regex, text);
        return root is null ? null : [.. root.Children.Select(group => new StepArgument(group, null))];
    }
}
