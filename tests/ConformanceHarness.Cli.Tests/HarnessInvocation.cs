namespace ConformanceHarness.Cli.Tests;

/// <summary>What one in-process <c>harness</c> invocation printed and returned.</summary>
public sealed record HarnessInvocation(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs <c>harness</c> in-process, cancelled with the test.</summary>
    public static Task<HarnessInvocation> RunAsync(string[] args) =>
        RunUntilCancelledAsync(args, TestContext.Current.CancellationToken);

    /// <summary>Runs <c>harness</c> in-process; cancelling <paramref name="cancellation"/> is what Ctrl+C does.</summary>
    public static async Task<HarnessInvocation> RunUntilCancelledAsync(string[] args, CancellationToken cancellation)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await HarnessApp.RunAsync(args, stdout, stderr, cancellation);
        return new HarnessInvocation(exitCode, stdout.ToString(), stderr.ToString());
    }
}
