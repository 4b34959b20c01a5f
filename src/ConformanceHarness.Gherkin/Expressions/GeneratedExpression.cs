namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>A Cucumber Expression proposed for an undefined step, with snippet parameter names and types.</summary>
public sealed record GeneratedExpression(
    string Source,
    IReadOnlyList<string> ParameterNames,
    IReadOnlyList<Type> ParameterTypes);
