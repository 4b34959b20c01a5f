using System.Diagnostics;
using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Events;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// The whole run: load features, discover bindings, plan test cases in <see cref="RunOptions.Order"/>,
/// run the test-run hooks and the features (in parallel up to <see cref="RunOptions.Parallelism"/>; a
/// feature with a <c>@serial</c> scenario runs alone afterwards), and publish every step as an event.
/// </summary>
public sealed class GherkinRunner(RunOptions options, RunEventBus? events = null)
{
    public const string SerialTag = "@serial";

    public RunEventBus Events { get; } = events ?? new RunEventBus();

    /// <summary>Throws <see cref="RunConfigurationException"/> when the run cannot start.</summary>
    public async Task<RunResult> RunAsync(CancellationToken cancellation = default)
    {
        var watch = Stopwatch.StartNew();
        var ids = new SynchronizedIdGenerator();
        var runId = options.RunId ?? RunIds.New();
        var plan = RunPlanner.Prepare(options, ids, Events);
        var runContext = new TestRunContext(runId, options);
        var startedId = ids.GetNewId();
        Events.Publish(new TestRunStarted(runId, startedId));
        var hooks = new RunHooks(plan.Bindings, Events, ids.GetNewId, runContext);
        var results = new List<ScenarioResult>();
        if (await hooks.RunTestRunHooksAsync(HookKind.BeforeTestRun, cancellation))
            results.AddRange(await RunFeaturesAsync(plan, hooks, runContext, ids, cancellation));
        await hooks.RunTestRunHooksAsync(HookKind.AfterTestRun, CancellationToken.None);
        var ordered = results.OrderBy(r => plan.Positions[r.TestCase.Id]).ToList();
        var result = new RunResult(runId, ordered, plan.ParseErrors, plan.Bindings.Errors, hooks.Failures, watch.Elapsed)
        {
            Order = plan.Order,
        };
        Events.Publish(new TestRunFinished(startedId, result));
        return result;
    }

    private async Task<IReadOnlyList<ScenarioResult>> RunFeaturesAsync(RunPlan plan, RunHooks hooks, TestRunContext runContext,
        SynchronizedIdGenerator ids, CancellationToken cancellation)
    {
        var testCases = plan.PlanTestCases(ids);
        foreach (var testCase in testCases) Events.Publish(new TestCasePlanned(testCase));
        var scenarios = new ScenarioExecutor(plan.Bindings, options, Events, runContext, ids.GetNewId);
        var features = new FeatureExecutor(scenarios, hooks, Events);
        var groups = testCases.GroupBy(testCase => testCase.Feature).ToList();
        var serial = groups.Where(g => g.Any(tc => tc.Tags.Contains(SerialTag))).ToList();
        var parallel = groups.Except(serial).ToList();
        var results = new List<ScenarioResult>();
        var gate = new Lock();
        await Parallel.ForEachAsync(parallel,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = CancellationToken.None },
            async (group, _) =>
            {
                var done = await features.RunAsync(group.Key, group.ToList(), cancellation);
                lock (gate) results.AddRange(done);
            });
        foreach (var group in serial)
            results.AddRange(await features.RunAsync(group.Key, group.ToList(), cancellation));
        return results;
    }
}
