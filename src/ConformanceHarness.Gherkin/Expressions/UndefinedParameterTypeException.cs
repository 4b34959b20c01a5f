namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>A Cucumber Expression refers to a parameter type that is not registered.</summary>
public sealed class UndefinedParameterTypeException : CucumberExpressionException
{
    public UndefinedParameterTypeException(string parameterTypeName, string expression, string message)
        : base(message)
    {
        ParameterTypeName = parameterTypeName;
        Expression = expression;
    }

    /// <summary>The name between the braces, e.g. <c>airport</c> for <c>{airport}</c>.</summary>
    public string ParameterTypeName { get; }

    /// <summary>The whole Cucumber Expression source.</summary>
    public string Expression { get; }
}
