using System.Reflection;
using ConformanceHarness.Gherkin.Tags;
using Gherkin.CucumberMessages;

namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>Turns hook attributes into <see cref="HookBinding"/>s, checking the rules hooks must follow.</summary>
internal static class HookBinder
{
    public static IEnumerable<HookBinding> HooksOf(MethodInfo method, IIdGenerator ids, List<BindingError> errors)
    {
        foreach (var attribute in method.GetCustomAttributes<HookAttribute>())
        {
            var problem = Problem(attribute, method);
            if (problem is not null)
            {
                errors.Add(new BindingError(problem, method));
                continue;
            }
            var filter = ParseTags(attribute.Tags, method, errors);
            if (filter is not null)
                yield return new HookBinding(ids.GetNewId(), attribute.Kind, method, attribute.Tags, filter, attribute.Order, attribute.Name);
        }
    }

    private static string? Problem(HookAttribute attribute, MethodInfo method)
    {
        var mustBeStatic = attribute.Kind is HookKind.BeforeTestRun or HookKind.AfterTestRun
            or HookKind.BeforeFeature or HookKind.AfterFeature;
        if (mustBeStatic && !method.IsStatic)
            return $"[{attribute.Kind}] hooks must be static: no scenario exists yet to create {method.DeclaringType?.Name} in";
        if (method.IsGenericMethodDefinition) return "hook methods cannot be generic";
        return null;
    }

    private static TagExpression? ParseTags(string? tags, MethodInfo method, List<BindingError> errors)
    {
        if (string.IsNullOrWhiteSpace(tags)) return TagExpression.True;
        try
        {
            return TagExpression.Parse(tags);
        }
        catch (TagExpressionException error)
        {
            errors.Add(new BindingError($"invalid hook tag expression: {error.Message}", method));
            return null;
        }
    }
}
