namespace ConformanceHarness.Cli.Tests.Commands.Run;

public sealed class RunSelectionTests : IDisposable
{
    private readonly FeatureWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Run_NoTags_ExcludesExpectedFailureScenarios()
    {
        _workspace.AddFeature("Demonstration.feature", SampleFeatures.WithExpectedFailure);

        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs());

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"total\s*│\s*1 │", run.Stdout);
        Assert.DoesNotContain("fails on purpose", run.Stdout);
    }

    [Fact]
    public async Task Run_TagsGiven_UsesThemAsIsIncludingExpectedFailures()
    {
        _workspace.AddFeature("Demonstration.feature", SampleFeatures.WithExpectedFailure);

        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs("--tags", "@expected-failure"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Demonstration › fails on purpose [failed]", run.Stdout);
    }

    [Fact]
    public async Task Run_FileAndLine_RunsOnlyThatScenario()
    {
        var path = _workspace.AddFeature("Outline.feature", SampleFeatures.Outline);

        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs().Select(arg => arg == _workspace.FeaturesDirectory ? path + ":3" : arg).ToArray());

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"total\s*│\s*1 │", run.Stdout);
    }

    [Fact]
    public async Task Run_NameFilter_RunsOnlyMatchingScenarios()
    {
        _workspace.AddFeature("Failing.feature", SampleFeatures.Failing);
        _workspace.AddFeature("Passing.feature", SampleFeatures.Passing);

        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs("--name", "is up$"));

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"total\s*│\s*1 │", run.Stdout);
    }

    [Fact]
    public async Task Run_NothingMatches_ExitsTwoAndSaysNoScenarioMatched()
    {
        _workspace.AddFeature("Passing.feature", SampleFeatures.Passing);

        var run = await HarnessInvocation.RunAsync(_workspace.RunArgs("--tags", "@nothing-has-this"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("harness: error: no scenario matched", run.Stderr);
    }
}
