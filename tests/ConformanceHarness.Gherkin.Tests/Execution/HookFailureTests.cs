using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tests.Support;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Execution;

public sealed class HookFailureTests
{
    [Fact]
    public async Task FailingBeforeFeature_EveryScenarioOfTheFeatureReportsIt()
    {
        var run = await FeatureRun.RunAsync("@broken\nFeature: f\n  Scenario: a\n    Given a step\n  Scenario: b\n    Given a step\n", typeof(Steps));

        Assert.All(run.Result.Scenarios, s => Assert.Equal(Outcome.Error, s.Outcome));
        Assert.Contains("[BeforeFeature] Steps.BreakFeature() failed: database offline", run.Scenario("b").Message);
        Assert.Single(run.Result.HookFailures);
    }

    [Fact]
    public async Task FailingAfterScenarioHook_FailsTheScenarioAfterItsStepsPassed()
    {
        var run = await FeatureRun.RunAsync("Feature: f\n  @after-fails\n  Scenario: a\n    Given a step\n", typeof(Steps));

        var scenario = run.Scenario("a");
        Assert.Equal([Outcome.Passed, Outcome.Error], scenario.Steps.Select(s => s.Outcome));
        Assert.Equal(Outcome.Error, scenario.Outcome);
    }

    [Fact]
    public async Task FailingBeforeScenarioHook_SkipsStepsButRunsAfterHooks()
    {
        var run = await FeatureRun.RunAsync("Feature: f\n  @before-fails\n  Scenario: a\n    Given a step\n", typeof(Steps));

        Assert.Equal([Outcome.Failed, Outcome.Skipped, Outcome.Passed], run.Scenario("a").Steps.Select(s => s.Outcome));
    }

    [Fact]
    public async Task ThrowingListener_DoesNotChangeTheRun()
    {
        var folder = Directory.CreateTempSubdirectory("harness-test-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "t.feature"), "Feature: f\n  Scenario: a\n    Given a step\n", TestContext.Current.CancellationToken);
        var runner = new GherkinRunner(new RunOptions { Paths = ["."], BaseDirectory = folder, BindingTypes = [typeof(Steps)] });
        runner.Events.Subscribe(_ => throw new InvalidOperationException("writer bug"));

        var result = await runner.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Outcome.Passed, Assert.Single(result.Scenarios).Outcome);
        Assert.Contains("writer bug", runner.Events.ListenerErrors[0]);
    }

    [Binding]
    public sealed class Steps
    {
        [BeforeFeature("@broken")]
        public static void BreakFeature() => throw new InvalidOperationException("database offline");

        [BeforeScenario("@before-fails")]
        public void BeforeFails() => throw new ConformanceFailureException("precondition on the SUT failed");

        [AfterScenario("@before-fails")]
        public void AfterRuns() { }

        [AfterScenario("@after-fails")]
        public void AfterFails() => throw new InvalidOperationException("cleanup failed");

        [Given("a step")]
        public void Step() { }
    }
}
