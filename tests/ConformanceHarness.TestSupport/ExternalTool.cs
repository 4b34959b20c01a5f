using ConformanceHarness.TestSupport.Peers;

using Xunit;

namespace ConformanceHarness.TestSupport;

/// <summary>
/// Runs a real tool the tests use as a peer. When it is absent the test skips with the reason on a
/// developer box and fails when CI=true (CI installs it in .ci/run).
/// </summary>
public static class ExternalTool
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Require(bool present, string reason)
    {
        if (present) return;
        if (InCi) Assert.Fail($"{reason} (required when CI=true; .ci/run installs it)");
        Assert.Skip(reason);
    }

    public static string? Find(params string[] names) =>
        names.SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs a tool to completion and returns its stdout; a non-zero exit throws with its stderr, the time-out throws <see cref="TimeoutException"/>.</summary>
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var result = await ToolProcess.RunAsync(fileName, arguments, null, workingDirectory, timeout, CancellationToken.None);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} exited with {result.ExitCode}: {result.StandardError}");
        return result.StandardOutput;
    }
}
