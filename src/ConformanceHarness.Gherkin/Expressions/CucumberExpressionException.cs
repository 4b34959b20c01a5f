namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>An invalid Cucumber Expression, parameter type or registry operation.</summary>
public class CucumberExpressionException : Exception
{
    public CucumberExpressionException()
    {
    }

    public CucumberExpressionException(string message)
        : base(message)
    {
    }

    public CucumberExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
