using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tests.Support;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Execution;

/// <summary>Which steps still report their own status once an earlier step did not pass (Cucumber's rules).</summary>
public sealed class StepExecutorTests
{
    private const string Steps = "    And an undefined step\n    And an ambiguous step\n    And a passing step\n";

    [Theory]
    [InlineData("a failing step", Outcome.Error)]
    [InlineData("a pending step", Outcome.Pending)]
    public async Task BindingProblems_AfterFailedishStep_StillReportUndefinedAndAmbiguous(string first, Outcome firstOutcome)
    {
        var run = await FeatureRun.RunAsync($"Feature: f\n  Scenario: a\n    Given {first}\n{Steps}", typeof(Bindings));

        Assert.Equal([firstOutcome, Outcome.Undefined, Outcome.Ambiguous, Outcome.Skipped],
            run.Scenario("a").Steps.Select(step => step.Outcome));
    }

    [Fact]
    public async Task BindingProblems_AfterSkippedStep_AreSkipped()
    {
        var run = await FeatureRun.RunAsync($"Feature: f\n  Scenario: a\n    Given a skipped step\n{Steps}", typeof(Bindings));

        Assert.All(run.Scenario("a").Steps, step => Assert.Equal(Outcome.Skipped, step.Outcome));
    }

    [Binding]
    public sealed class Bindings
    {
        [Given("a passing step")]
        public void Passing() { }

        [Given("a failing step")]
        public void Failing() => throw new InvalidOperationException("boom");

        [Given("a pending step")]
        public void Pending() => throw new PendingStepException();

        [Given("a skipped step")]
        public void Skipped() => throw new SkipException();

        [Given("an ambiguous step")]
        public void AmbiguousOne() { }

        [Given("an ambiguous {word}")]
        public void AmbiguousTwo(string word) { }
    }
}
