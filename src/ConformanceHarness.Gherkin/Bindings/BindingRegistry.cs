using ConformanceHarness.Gherkin.Expressions;

namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>Every step definition, hook and parameter type of a run, in declaration order.</summary>
public sealed class BindingRegistry(
    IReadOnlyList<StepDefinitionBinding> stepDefinitions,
    IReadOnlyList<HookBinding> hooks,
    ParameterTypeRegistry parameterTypes,
    IReadOnlyList<UndefinedParameterTypeUse> undefinedParameterTypes,
    IReadOnlyList<BindingError> errors)
{
    public IReadOnlyList<StepDefinitionBinding> StepDefinitions { get; } = stepDefinitions;

    public IReadOnlyList<HookBinding> Hooks { get; } = hooks;

    public ParameterTypeRegistry ParameterTypes { get; } = parameterTypes;

    public IReadOnlyList<UndefinedParameterTypeUse> UndefinedParameterTypes { get; } = undefinedParameterTypes;

    public IReadOnlyList<BindingError> Errors { get; } = errors;

    /// <summary>Hooks of one kind in execution order: ascending Order for Before, descending for After.</summary>
    public IEnumerable<HookBinding> HooksOf(HookKind kind)
    {
        var hooks = Hooks.Where(hook => hook.Kind == kind);
        return IsAfter(kind) ? hooks.Reverse().OrderByDescending(h => h.Order) : hooks.OrderBy(h => h.Order);
    }

    private static bool IsAfter(HookKind kind) =>
        kind is HookKind.AfterTestRun or HookKind.AfterFeature or HookKind.AfterScenario or HookKind.AfterStep;
}
