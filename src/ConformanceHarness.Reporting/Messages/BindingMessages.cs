using System.Globalization;
using System.Reflection;
using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Expressions;
using Io.Cucumber.Messages.Types;
using HarnessParameterType = ConformanceHarness.Gherkin.Expressions.ParameterType;
using MessageParameterType = Io.Cucumber.Messages.Types.ParameterType;

namespace ConformanceHarness.Reporting.Messages;

/// <summary>
/// The glue envelopes of a run: custom <c>parameterType</c>s, <c>stepDefinition</c>s and <c>hook</c>s in
/// declaration order (their ids were handed out in that order), then <c>undefinedParameterType</c>s.
/// Feature hooks have no Cucumber hook type and are left out.
/// </summary>
/// <remarks>
/// <c>sourceReference.uri</c> is the declaring type's full name, without a location: the protocol's
/// <c>javaMethod</c> and <c>javaStackTraceElement</c> are Java shapes, and a .NET binding has no
/// reliable file and line without reading its PDB.
/// </remarks>
public static class BindingMessages
{
    public static IEnumerable<Envelope> For(BindingRegistry bindings)
    {
        var declared = new List<(string Id, Envelope Envelope)>();
        foreach (var type in bindings.ParameterTypes.Custom.Where(type => type.Id is not null))
            declared.Add((type.Id!, Envelope.Create(ToParameterType(type))));
        foreach (var step in bindings.StepDefinitions)
            declared.Add((step.Id, Envelope.Create(ToStepDefinition(step))));
        foreach (var hook in bindings.Hooks)
        {
            if (HookTypes.TryGetValue(hook.Kind, out var hookType))
                declared.Add((hook.Id, Envelope.Create(ToHook(hook, hookType))));
        }
        return declared.OrderBy(entry => NumericId(entry.Id)).ThenBy(entry => entry.Id, StringComparer.Ordinal)
            .Select(entry => entry.Envelope)
            .Concat(bindings.UndefinedParameterTypes.Select(use =>
                Envelope.Create(new UndefinedParameterType(use.Expression, use.Name))));
    }

    /// <summary>Our hook kinds with a Cucumber counterpart (feature hooks have none).</summary>
    public static IReadOnlyDictionary<HookKind, HookType> HookTypes { get; } = new Dictionary<HookKind, HookType>
    {
        [HookKind.BeforeTestRun] = HookType.BEFORE_TEST_RUN,
        [HookKind.AfterTestRun] = HookType.AFTER_TEST_RUN,
        [HookKind.BeforeScenario] = HookType.BEFORE_TEST_CASE,
        [HookKind.AfterScenario] = HookType.AFTER_TEST_CASE,
        [HookKind.BeforeStep] = HookType.BEFORE_TEST_STEP,
        [HookKind.AfterStep] = HookType.AFTER_TEST_STEP,
    };

    public static SourceReference SourceReferenceOf(MethodInfo? method) =>
        new(method?.DeclaringType?.FullName ?? method?.Name, null, null, null);

    private static StepDefinition ToStepDefinition(StepDefinitionBinding step) =>
        new(step.Id, new StepDefinitionPattern(step.Expression.Source, PatternTypeOf(step.Expression.Kind)),
            SourceReferenceOf(step.Method));

    private static Hook ToHook(HookBinding hook, HookType type) =>
        new(hook.Id, hook.Name, SourceReferenceOf(hook.Method), hook.Tags, type);

    private static MessageParameterType ToParameterType(HarnessParameterType type) =>
        new(type.Name, type.RegularExpressions.ToList(), type.PreferForRegularExpressionMatch, type.UseForSnippets,
            type.Id, SourceReferenceOf(type.Origin as MethodInfo));

    private static StepDefinitionPatternType PatternTypeOf(StepExpressionKind kind) =>
        kind == StepExpressionKind.RegularExpression
            ? StepDefinitionPatternType.REGULAR_EXPRESSION
            : StepDefinitionPatternType.CUCUMBER_EXPRESSION;

    private static long NumericId(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : long.MaxValue;
}
