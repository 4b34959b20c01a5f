using System.Text.RegularExpressions;

namespace ConformanceHarness.Cli.Tests.Commands.Run;

/// <summary><c>harness run --order</c> and <c>--retry</c>, end to end (the behaviour lives in <c>RunCommand</c>).</summary>
public sealed class RunOrderAndRetryTests : IDisposable
{
    private readonly FeatureWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Run_OrderReverse_RunsScenariosLastToFirstAndSaysSo()
    {
        _workspace.AddFeature("Ordered.feature", SampleFeatures.Ordered);

        var run = await HarnessInvocation.RunAsync(WithProgress("--order", "reverse"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["third", "second", "first"], ProgressNames(run.Stdout));
        Assert.Matches(@"order\s*│\s*--order reverse", run.Stdout);
    }

    [Fact]
    public async Task Run_OrderRandomWithoutSeed_PrintsTheSeedThatReproducesIt()
    {
        _workspace.AddFeature("Ordered.feature", SampleFeatures.Ordered);

        var first = await HarnessInvocation.RunAsync(WithProgress("--order", "random"));

        var seed = Regex.Match(first.Stdout, @"reproduce it with --order (random:\d+)").Groups[1].Value;
        Assert.NotEqual("", seed);
        Assert.Contains($"--order {seed}", first.Stdout[(first.Stdout.IndexOf('│'))..]);
        var again = await HarnessInvocation.RunAsync(WithProgress("--order", seed));
        Assert.Equal(ProgressNames(first.Stdout), ProgressNames(again.Stdout));
    }

    [Fact]
    public async Task Run_RetryPassesOnSecondAttempt_ExitsZeroAndReportsFlaky()
    {
        _workspace.AddFeature("Flaky.feature", SampleFeatures.Flaky);

        var run = await HarnessInvocation.RunAsync(WithProgress("--retry", "1"));

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(new Regex(@"^↻ Flaky › passes the second time \(\d+ ms\) failed, retrying \(attempt 2\)$", RegexOptions.Multiline), run.Stdout);
        Assert.Matches(new Regex(@"^✓ Flaky › passes the second time \(\d+ ms\) flaky \(passed on attempt 2\)$", RegexOptions.Multiline), run.Stdout);
        Assert.Matches(@"flaky \(passed on a retry\)\s*│\s*1 │", run.Stdout);
    }

    [Fact]
    public async Task Run_NoRetry_FlakyScenarioFailsOnce()
    {
        _workspace.AddFeature("Flaky.feature", SampleFeatures.Flaky);

        var run = await HarnessInvocation.RunAsync(WithProgress());

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("retrying", run.Stdout);
    }

    private string[] WithProgress(params string[] extra) =>
        _workspace.RunArgs(extra).Where(arg => arg != "--no-progress").ToArray();

    private static IReadOnlyList<string> ProgressNames(string stdout) =>
        Regex.Matches(stdout, @"^✓ Ordered › (\w+) \(", RegexOptions.Multiline).Select(match => match.Groups[1].Value).ToList();
}
