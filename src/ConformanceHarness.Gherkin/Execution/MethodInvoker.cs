using System.Reflection;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Invokes a binding method (static or on an instance from the scenario container), awaits a
/// returned Task or ValueTask, and enforces a time-out. The binding's own exception is rethrown
/// unwrapped so the classifier sees what the step threw.
/// </summary>
public static class MethodInvoker
{
    public static async Task InvokeAsync(MethodInfo method, ScenarioContainer? container, object?[] arguments,
        TimeSpan? timeout, CancellationTokenSource cancellation)
    {
        var target = method.IsStatic ? null : ResolveTarget(method, container);
        // With a time-out the method starts on the thread pool, so even a step that blocks
        // synchronously cannot hold the run past its limit.
        var running = timeout is null ? Start(method, target, arguments) : Task.Run(() => Start(method, target, arguments));
        if (timeout is null)
        {
            await running.WaitAsync(cancellation.Token);
            return;
        }
        try
        {
            await running.WaitAsync(timeout.Value, cancellation.Token);
        }
        catch (TimeoutException)
        {
            await cancellation.CancelAsync();
            throw new StepTimeoutException($"{method.Name} did not finish within its time-out of {timeout.Value.TotalSeconds:0.###} s");
        }
    }

    private static object ResolveTarget(MethodInfo method, ScenarioContainer? container)
    {
        var type = method.DeclaringType!;
        if (container is null)
            throw new InvalidOperationException($"{type.Name}.{method.Name} must be static: there is no scenario to create {type.Name} in");
        return container.Resolve(type);
    }

    private static Task Start(MethodInfo method, object? target, object?[] arguments)
    {
        object? returned;
        try
        {
            returned = method.Invoke(target, arguments);
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            return Task.FromException(error.InnerException);
        }
        return returned switch
        {
            Task task => task,
            ValueTask valueTask => valueTask.AsTask(),
            _ => Task.CompletedTask,
        };
    }
}
