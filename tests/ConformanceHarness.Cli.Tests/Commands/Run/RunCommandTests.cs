using System.Text.RegularExpressions;

namespace ConformanceHarness.Cli.Tests.Commands.Run;

public sealed class RunCommandTests : IDisposable
{
    private readonly FeatureWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Run_AllScenariosPass_ExitsZeroWithSummary()
    {
        _workspace.AddFeature("Passing.feature", SampleFeatures.Passing);

        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs());

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"✓ passed\s*│\s*1 │", run.Stdout);
        Assert.Matches(@"total\s*│\s*1 │", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task Run_ConformanceFailure_ExitsOneAndPrintsTheAssertionMessage()
    {
        _workspace.AddFeature("Failing.feature", SampleFeatures.Failing);

        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("✗ Failing › the server errs [failed] at ", run.Stdout);
        Assert.Contains("expected 200, but received 500", run.Stdout);
    }

    [Fact]
    public async Task Run_WithProgress_PrintsOneLinePerFinishedScenario()
    {
        _workspace.AddFeature("Failing.feature", SampleFeatures.Failing);
        _workspace.AddFeature("Passing.feature", SampleFeatures.Passing);

        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs().Where(arg => arg != "--no-progress").ToArray());

        Assert.Matches(new Regex(@"^✓ Passing › the server is up \(\d+ ms\)$", RegexOptions.Multiline), run.Stdout);
        Assert.Matches(new Regex(@"^✗ Failing › the server errs \(\d+ ms\) failed$", RegexOptions.Multiline), run.Stdout);
    }

    [Fact]
    public async Task Run_WithRunId_WritesEachReportFileUnderTheRunId()
    {
        _workspace.AddFeature("Passing.feature", SampleFeatures.Passing);

        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs("--run-id", "ci-42"));

        var folder = Path.Combine(_workspace.ReportsDirectory, "ci-42");
        Assert.True(File.Exists(Path.Combine(folder, "cucumber.ndjson")));
        Assert.True(File.Exists(Path.Combine(folder, "junit.xml")));
        Assert.Contains("ci-42", run.Stdout);
    }

    [Fact]
    public async Task Run_FormatJunitOnly_WritesOnlyJunit()
    {
        _workspace.AddFeature("Passing.feature", SampleFeatures.Passing);

        await HarnessInvocation.RunAsync(_workspace.RunArgs("--run-id", "only-junit", "--format", "junit"));

        var files = Directory.GetFiles(Path.Combine(_workspace.ReportsDirectory, "only-junit")).Select(Path.GetFileName);
        Assert.Equal(["junit.xml"], files);
    }

    [Fact]
    public async Task Run_ConfigurationError_WritesNoReportFolder()
    {
        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs("--run-id", "never", "--name", "("));

        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_workspace.ReportsDirectory, "never")));
    }

    [Fact]
    public async Task Run_ParallelTwo_RunsEveryFeature()
    {
        _workspace.AddFeature("Failing.feature", SampleFeatures.Failing);
        _workspace.AddFeature("Passing.feature", SampleFeatures.Passing);

        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs("--parallel", "2"));

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"total\s*│\s*2 │", run.Stdout);
    }
}
