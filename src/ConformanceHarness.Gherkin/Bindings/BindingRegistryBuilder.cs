using System.Reflection;
using ConformanceHarness.Gherkin.Expressions;
using Gherkin.CucumberMessages;

namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>
/// Discovers bindings on [Binding] classes: parameter types first (step expressions need them),
/// then step definitions and hooks in declaration order. Problems are collected, never thrown,
/// so every one of them is reported at once.
/// </summary>
public sealed class BindingRegistryBuilder(IIdGenerator ids)
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private readonly List<BindingError> _errors = [];
    private readonly List<UndefinedParameterTypeUse> _undefined = [];

    public static IReadOnlyList<Type> BindingTypesIn(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(SafeTypes).Where(IsBindingClass).ToList();

    public BindingRegistry Build(IEnumerable<Type> bindingTypes)
    {
        var methods = bindingTypes.Where(IsBindingClass).Distinct()
            .SelectMany(type => type.GetMethods(Declared).OrderBy(m => m.MetadataToken))
            .ToList();
        var parameterTypes = new ParameterTypeRegistry();
        foreach (var method in methods)
            ParameterTypeBinder.TryDefine(method, parameterTypes, ids, _errors);
        var steps = new List<StepDefinitionBinding>();
        var hooks = new List<HookBinding>();
        foreach (var method in methods)
        {
            steps.AddRange(StepDefinitionsOf(method, parameterTypes));
            hooks.AddRange(HookBinder.HooksOf(method, ids, _errors));
        }
        return new BindingRegistry(steps, hooks, parameterTypes, _undefined, _errors);
    }

    private static bool IsBindingClass(Type type) =>
        type.IsClass && type.GetCustomAttribute<BindingAttribute>() is not null;

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }

    private IEnumerable<StepDefinitionBinding> StepDefinitionsOf(MethodInfo method, ParameterTypeRegistry parameterTypes)
    {
        foreach (var attribute in method.GetCustomAttributes<StepDefinitionBaseAttribute>())
        {
            var expression = Compile(attribute, method, parameterTypes);
            if (expression is not null)
                yield return new StepDefinitionBinding(ids.GetNewId(), attribute.Keyword, expression, method);
        }
    }

    private StepExpression? Compile(StepDefinitionBaseAttribute attribute, MethodInfo method, ParameterTypeRegistry parameterTypes)
    {
        try
        {
            return attribute.ResolveKind() == StepExpressionKind.RegularExpression
                ? new RegularExpression(attribute.Pattern, parameterTypes)
                : new CucumberExpression(attribute.Pattern, parameterTypes);
        }
        catch (UndefinedParameterTypeException undefined)
        {
            _undefined.Add(new UndefinedParameterTypeUse(undefined.ParameterTypeName, attribute.Pattern));
            return null;
        }
        catch (Exception error) when (error is CucumberExpressionException or ArgumentException)
        {
            _errors.Add(new BindingError($"invalid step pattern \"{attribute.Pattern}\": {error.Message}", method));
            return null;
        }
    }
}
