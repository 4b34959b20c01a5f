namespace ConformanceHarness.Cli;

/// <summary>The exit codes of <c>harness</c> (see architecture.md, "Exit codes of harness").</summary>
public static class ExitCodes
{
    /// <summary>Every selected scenario passed.</summary>
    public const int Success = 0;

    /// <summary>The system under test failed at least one scenario.</summary>
    public const int ConformanceFailures = 1;

    /// <summary>Bad option, missing path, binding error, nothing ran, or the run was cancelled.</summary>
    public const int HarnessError = 2;
}
