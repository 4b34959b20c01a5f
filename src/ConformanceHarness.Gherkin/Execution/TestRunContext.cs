using System.Collections.Concurrent;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>The whole run, shared by every scenario (thread-safe, scenarios may run in parallel).</summary>
public sealed class TestRunContext(string runId, RunOptions options)
{
    public string RunId { get; } = runId;

    public RunOptions Options { get; } = options;

    public ConcurrentDictionary<string, object?> Items { get; } = new(StringComparer.Ordinal);
}
