using System.Diagnostics;
using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Events;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Runs one test case in a fresh scenario scope per attempt: publishes its events, runs every planned
/// step (steps after a non-passing one are Skipped, After hooks always run), disposes the scope, rolls
/// the step outcomes up with <see cref="OutcomeSummarizer"/>, and retries a failed attempt (<see cref="RetryPolicy"/>).
/// </summary>
internal sealed class ScenarioExecutor(BindingRegistry bindings, RunOptions options, RunEventBus events,
    TestRunContext runContext, Func<string> newId)
{
    private readonly StepExecutor _steps = new(bindings, new SnippetGenerator(bindings.ParameterTypes), newId, options);

    /// <summary>Runs the test case, and again up to <see cref="RunOptions.Retry"/> times while <see cref="RetryPolicy"/> says so.</summary>
    public async Task<ScenarioResult> RunAsync(TestCasePlan testCase, FeatureContext feature, StepResult? blockedBy,
        CancellationToken cancellation)
    {
        var earlier = new List<ScenarioResult>();
        while (true)
        {
            var (startedId, result) = await RunAttemptAsync(testCase, feature, blockedBy, earlier.ToList(), cancellation);
            var retry = blockedBy is null && !cancellation.IsCancellationRequested
                && RetryPolicy.WillRetry(result.Outcome, result.Attempt, options.Retry);
            events.Publish(new TestCaseFinished(startedId, testCase, result, retry));
            if (!retry) return result;
            earlier.Add(result);
        }
    }

    /// <summary>One attempt in a fresh scenario scope (container, context, bindings).</summary>
    private async Task<(string StartedId, ScenarioResult Result)> RunAttemptAsync(TestCasePlan testCase, FeatureContext feature,
        StepResult? blockedBy, IReadOnlyList<ScenarioResult> earlier, CancellationToken cancellation)
    {
        var startedId = newId();
        var started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        events.Publish(new TestCaseStarted(startedId, testCase, earlier.Count));
        var container = new ScenarioContainer();
        ScenarioExecution? run = null;
        var context = new ScenarioContext(testCase, feature, attachment => run!.Attach(attachment), cancellation)
        {
            Attempt = earlier.Count,
        };
        var deadline = options.ScenarioTimeout is null ? (DateTimeOffset?)null : started + options.ScenarioTimeout.Value;
        run = new ScenarioExecution(startedId, testCase, container, context, events, cancellation, deadline)
        {
            SkipAllReason = SkipTagReason(testCase),
            Blocked = blockedBy,
        };
        RegisterContexts(container, context, feature);
        var results = new List<StepResult>();
        foreach (var step in testCase.Steps)
            results.Add(await RunStepAsync(run, step));
        var disposal = await DisposeAsync(container);
        var outcome = OutcomeSummarizer.Summarize(results.Select(r => r.Outcome).Append(disposal?.Outcome ?? Outcome.Passed));
        if (disposal is not null) results.Add(disposal);
        return (startedId, new ScenarioResult(testCase, results, outcome, started, watch.Elapsed) { EarlierAttempts = earlier });
    }

    private async Task<StepResult> RunStepAsync(ScenarioExecution run, PlannedStep step)
    {
        run.CurrentStep = step;
        run.Context.CurrentStep = step.IsHook ? null : step;
        events.Publish(new TestStepStarted(run.StartedId, step));
        var result = run.Blocked is { } blocked ? TakeBlocked(run, blocked)
            : run.RunCancellation.IsCancellationRequested && !run.Stopped ? StepResult.Skipped("the run was cancelled")
            : await _steps.RunAsync(run, step);
        if (result.Outcome != Outcome.Passed)
        {
            run.Stopped = true;
            run.Context.Outcome = OutcomeSummarizer.Combine(run.Context.Outcome, result.Outcome);
        }
        events.Publish(new TestStepFinished(run.StartedId, step, result));
        run.CurrentStep = null;
        return result;
    }

    private static StepResult TakeBlocked(ScenarioExecution run, StepResult blocked)
    {
        run.Blocked = null;
        run.SkipAllReason = $"not run: {blocked.Message}";
        return blocked;
    }

    private void RegisterContexts(ScenarioContainer container, ScenarioContext context, FeatureContext feature)
    {
        container.RegisterInstance(context);
        container.RegisterInstance(feature);
        container.RegisterInstance(runContext);
    }

    private string? SkipTagReason(TestCasePlan testCase)
    {
        var tag = options.SkipTags.FirstOrDefault(skip => testCase.Tags.Contains(skip, StringComparer.Ordinal));
        return tag is null ? null : $"tagged {tag}: not run";
    }

    /// <summary>A binding or context that throws on dispose is a harness Error for the scenario.</summary>
    private static async Task<StepResult?> DisposeAsync(ScenarioContainer container)
    {
        try
        {
            await container.DisposeAsync();
            return null;
        }
        catch (Exception error)
        {
            return new StepResult(Outcome.Error, TimeSpan.Zero, $"disposing the scenario scope failed: {error.Message}", error);
        }
    }
}
