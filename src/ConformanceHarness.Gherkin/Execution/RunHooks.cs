using System.Diagnostics;
using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Events;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>Runs test-run and feature hooks (static methods) and collects those that did not pass.</summary>
internal sealed class RunHooks(BindingRegistry bindings, RunEventBus events, Func<string> newId, TestRunContext runContext)
{
    private readonly List<HookFailure> _failures = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<HookFailure> Failures
    {
        get { lock (_gate) return _failures.ToList(); }
    }

    public async Task<bool> RunTestRunHooksAsync(HookKind kind, CancellationToken cancellation)
    {
        var passed = true;
        foreach (var hook in bindings.HooksOf(kind))
        {
            var id = newId();
            events.Publish(new TestRunHookStarted(id, hook));
            runContext.AttachTo(attachment => events.Publish(new AttachmentAdded(attachment with { TestRunHookStartedId = id })));
            var result = await InvokeAsync(hook, [runContext], cancellation);
            runContext.AttachTo(null);
            events.Publish(new TestRunHookFinished(id, hook, result));
            passed &= Record(hook, result, null);
        }
        return passed;
    }

    /// <summary>Runs the feature hooks that apply to the feature's tags; returns the first failure.</summary>
    public async Task<StepResult?> RunFeatureHooksAsync(HookKind kind, FeatureContext feature, CancellationToken cancellation)
    {
        StepResult? firstFailure = null;
        foreach (var hook in bindings.HooksOf(kind).Where(hook => hook.AppliesTo(feature.Tags.ToList())))
        {
            var result = await InvokeAsync(hook, [feature, runContext], cancellation);
            if (!Record(hook, result, feature.Feature.Uri))
                firstFailure ??= result with { Message = $"[{kind}] {BindingMethodNames.Describe(hook.Method)} failed: {result.Message}" };
        }
        return firstFailure;
    }

    private static async Task<StepResult> InvokeAsync(HookBinding hook, IReadOnlyList<object> contexts, CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        using var source = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        try
        {
            await MethodInvoker.InvokeAsync(hook.Method, null, HookArguments.For(hook.Method, contexts, source.Token), null, source);
            return StepResult.Passed(watch.Elapsed);
        }
        catch (Exception error)
        {
            return StepExecutor.Fail(error, watch.Elapsed);
        }
    }

    private bool Record(HookBinding hook, StepResult result, string? featureUri)
    {
        if (result.Outcome == Outcome.Passed) return true;
        lock (_gate) _failures.Add(new HookFailure(hook, result, featureUri));
        return false;
    }
}
