using System.Reflection;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Hooks may take the contexts of the moment as parameters (ScenarioContext, FeatureContext,
/// TestRunContext, CancellationToken); anything else is a binding error.
/// </summary>
internal static class HookArguments
{
    public static object?[] For(MethodInfo method, IReadOnlyList<object> available, CancellationToken cancellation) =>
        method.GetParameters()
            .Select(parameter => parameter.ParameterType == typeof(CancellationToken)
                ? cancellation
                : available.FirstOrDefault(parameter.ParameterType.IsInstanceOfType)
                  ?? throw Unsupported(method, parameter))
            .ToArray();

    private static StepBindingException Unsupported(MethodInfo method, ParameterInfo parameter) =>
        new($"hook {method.DeclaringType?.Name}.{method.Name} cannot receive parameter '{parameter.Name}' of type {parameter.ParameterType.Name}");
}
