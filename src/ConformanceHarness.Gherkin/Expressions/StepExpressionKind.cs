namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>The two kinds of step definition expression Cucumber supports.</summary>
public enum StepExpressionKind
{
    CucumberExpression,
    RegularExpression,
}
