using System.Collections.Concurrent;

namespace ConformanceHarness.Cli.Tests.TestBindings;

/// <summary>Lets a test learn that a long-running step has started, so it can cancel the run at that moment.</summary>
public static class CancellationSignals
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Signals = new();

    public static Task WaitForStartAsync(string run) => For(run).Task;

    public static void Started(string run) => For(run).TrySetResult();

    private static TaskCompletionSource For(string run) =>
        Signals.GetOrAdd(run, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
