using System.Text.RegularExpressions;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>A step definition written as a Cucumber Expression, e.g. <c>I have {int} cucumber(s)</c>.</summary>
public sealed class CucumberExpression : StepExpression
{
    private readonly CaptureGroupTree _groups;

    /// <exception cref="UndefinedParameterTypeException">The expression uses an unregistered <c>{name}</c>.</exception>
    /// <exception cref="CucumberExpressionException">The expression is not valid.</exception>
    public CucumberExpression(string expression, ParameterTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(registry);
        var compiler = new ExpressionCompiler(expression, registry);
        var pattern = compiler.Compile(ExpressionParser.Parse(expression));
        Source = expression;
        ParameterTypes = compiler.ParameterTypes;
        Regex = new Regex(pattern, RegexOptions.CultureInvariant);
        _groups = CaptureGroupTree.Parse(pattern);
    }

    public override string Source { get; }

    public override StepExpressionKind Kind => StepExpressionKind.CucumberExpression;

    public override Regex Regex { get; }

    /// <summary>The parameter types of the expression, in order of appearance.</summary>
    public IReadOnlyList<ParameterType> ParameterTypes { get; }

    public override IReadOnlyList<StepArgument>? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = _groups.Match(Regex, text);
        if (root is null)
        {
            return null;
        }

        if (root.Children.Count != ParameterTypes.Count)
        {
            throw new CucumberExpressionException(
                $"Expression '{Source}' produced {root.Children.Count} capture groups " +
                $"for {ParameterTypes.Count} parameter types");
        }

        return [.. root.Children.Select((group, i) => new StepArgument(group, ParameterTypes[i]))];
    }
}
