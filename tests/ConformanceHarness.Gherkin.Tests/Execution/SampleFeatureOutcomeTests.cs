using ConformanceHarness.TestSupport;
using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tests.Support;
using ConformanceHarness.Steps.Harness;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Execution;

/// <summary>The sample features under Features/Harness end as their text says they do.</summary>
public sealed class SampleFeatureOutcomeTests
{
    private static RunOptions Options(string path, string? tags = null) => new()
    {
        Paths = [path],
        BaseDirectory = RepositoryRoot.Path,
        BindingAssemblies = [typeof(Basket).Assembly],
        TagExpression = tags,
    };

    [Fact]
    public async Task OutcomesFeature_EachScenario_EndsInItsOutcome()
    {
        var run = await FeatureRun.RunAsync(Options("Features/Harness/Outcomes.feature"));

        Assert.Equal(Outcome.Failed, run.Scenario("A conformance failure").Outcome);
        Assert.Equal(Outcome.Error, run.Scenario("A harness error").Outcome);
        Assert.Equal(Outcome.Undefined, run.Scenario("An undefined step").Outcome);
        Assert.Equal(Outcome.Ambiguous, run.Scenario("An ambiguous step").Outcome);
        Assert.Equal(Outcome.Pending, run.Scenario("A pending step").Outcome);
        Assert.Equal(Outcome.Skipped, run.Scenario("A skipped step").Outcome);
        Assert.Equal(Outcome.Failed, run.Scenario("A step that times out").Outcome);
        Assert.Equal(Outcome.Skipped, run.Scenario("Work in progress").Outcome);
        Assert.Equal("tagged @wip: not run", run.Scenario("Work in progress").Message);
        Assert.Equal(2, run.Result.ExitCode);
    }

    [Fact]
    public async Task ConformanceFailure_Message_SaysExpectedAndReceived_AndLaterStepsSkip()
    {
        var run = await FeatureRun.RunAsync(Options("Features/Harness/Outcomes.feature"));

        Assert.Equal([Outcome.Passed, Outcome.Passed, Outcome.Failed, Outcome.Skipped], run.StepOutcomes("A conformance failure"));
        Assert.Equal("expected item count 3, but received 2", run.Scenario("A conformance failure").Message);
        Assert.Equal("the harness broke on purpose", run.Scenario("A harness error").Message);
    }

    [Fact]
    public async Task UndefinedStep_SuggestsPasteableSnippet()
    {
        var run = await FeatureRun.RunAsync(Options("Features/Harness/Outcomes.feature"));

        var snippet = Assert.Single(run.Of<StepSnippetSuggested>()).Snippet;
        Assert.Equal("[When(\"{int} kiwis are juggled\")]\npublic void WhenKiwisAreJuggled(int int1)\n{\n    throw new PendingStepException();\n}", snippet);
        Assert.Equal([Outcome.Passed, Outcome.Undefined, Outcome.Skipped], run.StepOutcomes("An undefined step"));
    }

    [Fact]
    public async Task AmbiguousStep_MessageListsEveryCandidate()
    {
        var run = await FeatureRun.RunAsync(Options("Features/Harness/Outcomes.feature"));

        var message = run.Scenario("An ambiguous step").Message!;
        Assert.Contains("matches 2 step definitions", message);
        Assert.Contains("OutcomeSteps.WhenTheBasketIsShaken()", message);
        Assert.Contains("OutcomeSteps.WhenTheBasketIs(String)", message);
    }

    [Fact]
    public async Task SkippedAndTimedOutSteps_CarryTheirReasons()
    {
        var run = await FeatureRun.RunAsync(Options("Features/Harness/Outcomes.feature"));

        Assert.Equal("no payment terminal is configured for this run", run.Scenario("A skipped step").Message);
        Assert.Equal([Outcome.Passed, Outcome.Skipped, Outcome.Skipped], run.StepOutcomes("A skipped step"));
        Assert.Contains("time-out of 0.2 s", run.Scenario("A step that times out").Message);
    }

    [Fact]
    public async Task DefaultRun_AllSamplesPass()
    {
        var run = await FeatureRun.RunAsync(Options("Features/Harness", "not @expected-failure"));

        Assert.All(run.Result.Scenarios, scenario => Assert.Equal(Outcome.Passed, scenario.Outcome));
        Assert.Equal(0, run.Result.ExitCode);
        Assert.True(run.Result.Scenarios.Count >= 15);
    }

    [Fact]
    public async Task ParallelRun_ProducesTheSameOutcomesAsSerial()
    {
        var serial = await FeatureRun.RunAsync(Options("Features/Harness") with { Parallelism = 1 });
        var parallel = await FeatureRun.RunAsync(Options("Features/Harness") with { Parallelism = 4 });

        Assert.Equal(Summaries(serial), Summaries(parallel));
    }

    private static List<string> Summaries(FeatureRunOutput run) =>
        run.Result.Scenarios.Select(s => $"{s.TestCase.LocationKey} {s.Outcome}").ToList();
}
