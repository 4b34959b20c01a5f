using ConformanceHarness.Gherkin.Expressions;

namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>
/// A step definition. The pattern is a Cucumber Expression unless it starts with '^' or ends
/// with '$' (then a regular expression), or <see cref="ExpressionKind"/> says otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public abstract class StepDefinitionBaseAttribute(StepKeyword keyword, string pattern) : Attribute
{
    public StepKeyword Keyword { get; } = keyword;

    public string Pattern { get; } = pattern;

    /// <summary>Forces the pattern kind; unset means "decide from the anchors".</summary>
    public StepExpressionKind? ExpressionKind { get; init; }

    public StepExpressionKind ResolveKind() =>
        ExpressionKind ?? (Pattern.StartsWith('^') || Pattern.EndsWith('$')
            ? StepExpressionKind.RegularExpression
            : StepExpressionKind.CucumberExpression);
}
