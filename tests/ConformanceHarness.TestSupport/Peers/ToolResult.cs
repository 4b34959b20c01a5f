namespace ConformanceHarness.TestSupport.Peers;

/// <summary>How a command ended: its exit code and what it printed on each stream.</summary>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Everything, for assertion messages: "exit code 1", then stdout and stderr.</summary>
    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}
