using System.Globalization;
using System.Reflection;
using System.Runtime.ExceptionServices;
using ConformanceHarness.Gherkin.Expressions;
using Gherkin.CucumberMessages;

namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>
/// Defines custom parameter types from [ParameterType] methods. The method takes one string per
/// capture group of its regex (or one string for the whole match) and returns the value; instance
/// methods are called on a fresh instance of their class, which then needs a parameterless constructor.
/// </summary>
internal static class ParameterTypeBinder
{
    public static void TryDefine(MethodInfo method, ParameterTypeRegistry registry, IIdGenerator ids, List<BindingError> errors)
    {
        var attribute = method.GetCustomAttribute<ParameterTypeAttribute>();
        if (attribute is null) return;
        if (method.ReturnType == typeof(void))
        {
            errors.Add(new BindingError($"[ParameterType(\"{attribute.Name}\")] must return the converted value", method));
            return;
        }
        if (!method.IsStatic && method.DeclaringType!.GetConstructor(Type.EmptyTypes) is null)
        {
            errors.Add(new BindingError($"[ParameterType(\"{attribute.Name}\")] on an instance method needs a parameterless constructor; make it static", method));
            return;
        }
        try
        {
            var type = new ParameterType(attribute.Name, attribute.RegularExpressions, method.ReturnType,
                groups => Invoke(method, groups), attribute.UseForSnippets, attribute.PreferForRegularExpressionMatch)
            { Id = ids.GetNewId(), Origin = method };
            registry.Define(type);
        }
        catch (CucumberExpressionException error)
        {
            errors.Add(new BindingError(error.Message, method));
        }
    }

    private static object? Invoke(MethodInfo method, string?[] groups)
    {
        var parameters = method.GetParameters();
        object?[] arguments = parameters.Length == 1 && parameters[0].ParameterType == typeof(string[])
            ? [groups]
            : parameters.Select((p, i) => StepValueConverter.Convert(i < groups.Length ? groups[i] : null, p.ParameterType, CultureInfo.InvariantCulture)).ToArray();
        var target = method.IsStatic ? null : Activator.CreateInstance(method.DeclaringType!);
        try
        {
            return method.Invoke(target, arguments);
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(error.InnerException).Throw();
            throw;
        }
    }
}
