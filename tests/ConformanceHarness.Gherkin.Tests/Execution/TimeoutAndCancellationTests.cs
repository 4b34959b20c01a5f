using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tests.Support;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Execution;

public sealed class TimeoutAndCancellationTests
{
    private const string Feature = "Feature: f\n  Scenario: s\n    Given a slow step\n    And a fast step\n";

    [Fact]
    public async Task StepTimeout_FailsTheStep_AndCancelsItsToken()
    {
        var run = await Run(options => options with { StepTimeout = TimeSpan.FromMilliseconds(100) });

        Assert.Equal([Outcome.Failed, Outcome.Skipped], run.StepOutcomes("s"));
        Assert.Contains("did not finish within its time-out of 0.1 s", run.Scenario("s").Message);
    }

    [Fact]
    public async Task StepTimeout_BlockingSynchronousStep_StillFailsOnTime()
    {
        var run = await FeatureRun.RunAsync(new Dictionary<string, string> { ["t.feature"] = "Feature: f\n  Scenario: s\n    Given a blocking step\n" },
            options => options with { BindingTypes = [typeof(Steps)], StepTimeout = TimeSpan.FromMilliseconds(100) });

        Assert.Equal(Outcome.Failed, run.Scenario("s").Outcome);
        Assert.True(run.Scenario("s").Duration < TimeSpan.FromSeconds(2), $"took {run.Scenario("s").Duration}");
    }

    [Fact]
    public async Task ScenarioTimeout_BoundsTheWholeScenario()
    {
        var run = await Run(options => options with { ScenarioTimeout = TimeSpan.FromMilliseconds(150) });

        Assert.Equal(Outcome.Failed, run.Scenario("s").Outcome);
        Assert.True(run.Scenario("s").Duration < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Cancellation_SkipsWhatIsLeft_AndTheRunStillFinishes()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var folder = Directory.CreateTempSubdirectory("harness-test-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "t.feature"), Feature, TestContext.Current.CancellationToken);

        var run = await FeatureRun.RunCancellableAsync(new RunOptions { Paths = ["."], BaseDirectory = folder, BindingTypes = [typeof(Steps)] }, cancellation.Token);

        Assert.Equal([Outcome.Skipped, Outcome.Skipped], run.StepOutcomes("s"));
        Assert.Equal("the run was cancelled", run.Scenario("s").Message);
    }

    private static Task<FeatureRunOutput> Run(Func<RunOptions, RunOptions> configure) =>
        FeatureRun.RunAsync(new Dictionary<string, string> { ["t.feature"] = Feature },
            options => configure(options with { BindingTypes = [typeof(Steps)] }));

    [Binding]
    public sealed class Steps
    {
        [Given("a slow step")]
        public Task Slow(CancellationToken cancellation) => Task.Delay(TimeSpan.FromSeconds(30), cancellation);

        [Given("a blocking step")]
        public void Blocking() => Thread.Sleep(TimeSpan.FromSeconds(3));

        [Given("a fast step")]
        public void Fast() { }
    }
}
