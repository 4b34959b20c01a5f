using System.Reflection;
using ConformanceHarness.Gherkin.Expressions;

namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>One step definition: a method, the keyword it answers to and its compiled expression.</summary>
public sealed class StepDefinitionBinding(string id, StepKeyword keyword, StepExpression expression, MethodInfo method)
{
    public string Id { get; } = id;

    public StepKeyword Keyword { get; } = keyword;

    public StepExpression Expression { get; } = expression;

    public MethodInfo Method { get; } = method;

    public string MethodDisplayName => BindingMethodNames.Describe(Method);

    public override string ToString() => $"[{Keyword}(\"{Expression.Source}\")] {MethodDisplayName}";
}
