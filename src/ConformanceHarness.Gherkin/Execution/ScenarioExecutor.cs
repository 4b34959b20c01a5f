using System.Diagnostics;
using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Events;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Runs one test case in a fresh scenario scope: publishes its events, runs every planned step
/// (steps after a non-passing one are Skipped, After hooks always run), disposes the scope and
/// rolls the step outcomes up with <see cref="OutcomeSummarizer"/>.
/// </summary>
internal sealed class ScenarioExecutor(BindingRegistry bindings, RunOptions options, RunEventBus events,
    TestRunContext runContext, Func<string> newId)
{
    private readonly StepExecutor _steps = new(bindings, new SnippetGenerator(bindings.ParameterTypes), newId, options);

    public async Task<ScenarioResult> RunAsync(TestCasePlan testCase, FeatureContext feature, StepResult? blockedBy,
        CancellationToken cancellation)
    {
        var startedId = newId();
        var started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        events.Publish(new TestCaseStarted(startedId, testCase, 0));
        var container = new ScenarioContainer();
        ScenarioExecution? run = null;
        var context = new ScenarioContext(testCase, feature, attachment => run!.Attach(attachment), cancellation);
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
        var result = new ScenarioResult(testCase, results, outcome, started, watch.Elapsed);
        events.Publish(new TestCaseFinished(startedId, testCase, result));
        return result;
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
