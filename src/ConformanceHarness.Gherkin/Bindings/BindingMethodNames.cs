using System.Reflection;

namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>How binding methods are named in messages: <c>Type.Method(int, string)</c>.</summary>
public static class BindingMethodNames
{
    public static string Describe(MethodInfo method)
    {
        var parameters = string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name));
        return $"{method.DeclaringType?.Name}.{method.Name}({parameters})";
    }
}
