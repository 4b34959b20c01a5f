using System.Diagnostics;
using System.Reflection;
using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Events;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Runs one planned step as a numbered pipeline: (1) skip if an earlier step did not pass (an undefined
/// or ambiguous step still reports that, unless the earlier step was skipped), (2) undefined/ambiguous become binding outcomes with a snippet, (3) BeforeStep hooks,
/// (4) bind arguments (throws <see cref="StepBindingException"/>), (5) invoke (throws whatever the
/// step throws, or <see cref="StepTimeoutException"/>), (6) AfterStep hooks. Exceptions become an
/// outcome in one place, <see cref="Fail"/>.
/// </summary>
internal sealed class StepExecutor(BindingRegistry bindings, SnippetGenerator snippets, Func<string> newId, RunOptions options)
{
    public async Task<StepResult> RunAsync(ScenarioExecution run, PlannedStep step)
    {
        if (run.SkipAllReason is not null) return StepResult.Skipped(run.SkipAllReason);
        if (run.Stopped && !IsAfterHook(step) && !StillReportsBindingProblem(run, step)) return StepResult.Skipped();
        if (step.Hook is not null) return await InvokeAsync(run, step.Hook.Method, []);
        var match = step.Match!;
        if (match.Kind == StepMatchKind.Undefined)
        {
            run.Events.Publish(new StepSnippetSuggested(newId(), run.StartedId, step, snippets.Generate(step.PickleStep!)));
            return new StepResult(Outcome.Undefined, TimeSpan.Zero, match.Message);
        }
        if (match.Kind == StepMatchKind.Ambiguous) return new StepResult(Outcome.Ambiguous, TimeSpan.Zero, match.Message);
        return await RunMatchedAsync(run, step, match.Single!);
    }

    private async Task<StepResult> RunMatchedAsync(ScenarioExecution run, PlannedStep step, StepCandidate candidate)
    {
        var before = await RunStepHooksAsync(run, HookKind.BeforeStep);
        if (before is not null) return before;
        StepResult result;
        try
        {
            var cancellation = CancellationTokenSource.CreateLinkedTokenSource(run.RunCancellation);
            var arguments = StepArgumentBinder.Bind(candidate, step.PickleStep!, cancellation.Token);
            result = await InvokeAsync(run, candidate.Binding.Method, arguments, cancellation);
        }
        catch (Exception error)
        {
            result = Fail(error, TimeSpan.Zero);
        }
        var after = await RunStepHooksAsync(run, HookKind.AfterStep);
        return after is not null && result.Outcome == Outcome.Passed ? after : result;
    }

    private async Task<StepResult?> RunStepHooksAsync(ScenarioExecution run, HookKind kind)
    {
        foreach (var hook in bindings.HooksOf(kind).Where(hook => hook.AppliesTo(run.TestCase.Tags)))
        {
            var result = await InvokeAsync(run, hook.Method, []);
            if (result.Outcome != Outcome.Passed) return result;
        }
        return null;
    }

    private async Task<StepResult> InvokeAsync(ScenarioExecution run, MethodInfo method, object?[] arguments,
        CancellationTokenSource? cancellation = null)
    {
        cancellation ??= CancellationTokenSource.CreateLinkedTokenSource(run.RunCancellation);
        var watch = Stopwatch.StartNew();
        try
        {
            var timeout = run.TimeoutFor(method.GetCustomAttribute<StepTimeoutAttribute>()?.Timeout ?? options.StepTimeout);
            var args = arguments.Length == 0 ? HookArguments.For(method, run.HookContexts, cancellation.Token) : arguments;
            await MethodInvoker.InvokeAsync(method, run.Container, args, timeout, cancellation);
            return StepResult.Passed(watch.Elapsed);
        }
        catch (Exception error)
        {
            return Fail(error, watch.Elapsed);
        }
        finally
        {
            cancellation.Dispose();
        }
    }

    private static bool IsAfterHook(PlannedStep step) => step.Hook?.Kind == HookKind.AfterScenario;

    /// <summary>
    /// As in Cucumber, an undefined or ambiguous step after a failed-ish one (failed, pending, undefined,
    /// ambiguous) still reports its binding problem, so all of them surface in one run; after a skipped
    /// step every step is Skipped.
    /// </summary>
    private static bool StillReportsBindingProblem(ScenarioExecution run, PlannedStep step) =>
        run.Context.Outcome != Outcome.Skipped && step.Match?.Kind is StepMatchKind.Undefined or StepMatchKind.Ambiguous;

    /// <summary>The one place where an exception becomes a step outcome.</summary>
    public static StepResult Fail(Exception error, TimeSpan duration)
    {
        if (error is OperationCanceledException) return new StepResult(Outcome.Skipped, duration, "the run was cancelled");
        return new StepResult(OutcomeClassifier.Classify(error), duration, OutcomeClassifier.Describe(error), error);
    }
}
