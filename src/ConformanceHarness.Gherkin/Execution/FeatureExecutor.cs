using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Parsing;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Runs the selected scenarios of one feature in order between its BeforeFeature and AfterFeature
/// hooks. When a BeforeFeature hook fails, every scenario of the feature reports that failure.
/// </summary>
internal sealed class FeatureExecutor(ScenarioExecutor scenarios, RunHooks hooks, RunEventBus events)
{
    public async Task<IReadOnlyList<ScenarioResult>> RunAsync(FeatureSource feature, IReadOnlyList<TestCasePlan> testCases,
        CancellationToken cancellation)
    {
        var context = new FeatureContext(feature);
        events.Publish(new FeatureStarted(feature));
        var blocked = await hooks.RunFeatureHooksAsync(HookKind.BeforeFeature, context, cancellation);
        var results = new List<ScenarioResult>();
        foreach (var testCase in testCases)
            results.Add(await scenarios.RunAsync(testCase, context, blocked, cancellation));
        await hooks.RunFeatureHooksAsync(HookKind.AfterFeature, context, cancellation);
        events.Publish(new FeatureFinished(feature));
        return results;
    }
}
