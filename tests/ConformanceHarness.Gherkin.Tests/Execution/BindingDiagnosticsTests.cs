using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tests.Support;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Execution;

public sealed class BindingDiagnosticsTests
{
    [Fact]
    public async Task GivenDefinition_UsedAsWhen_IsUndefinedAndNamesTheOtherKeyword()
    {
        var run = await FeatureRun.RunAsync("Feature: f\n  Scenario: s\n    When the server starts\n", typeof(Steps));

        var scenario = run.Scenario("s");
        Assert.Equal(Outcome.Undefined, scenario.Outcome);
        Assert.Contains("No When step definition matches \"the server starts\"; found only for another keyword: [Given(\"the server starts\")]", scenario.Message);
    }

    [Fact]
    public async Task KeywordMatchingOff_AnyKeywordMatches()
    {
        var run = await FeatureRun.RunAsync(new Dictionary<string, string> { ["t.feature"] = "Feature: f\n  Scenario: s\n    Then the server starts\n" },
            options => options with { BindingTypes = [typeof(Steps)], MatchKeywords = false });

        Assert.Equal(Outcome.Passed, run.Scenario("s").Outcome);
    }

    [Fact]
    public async Task AndStep_TakesThePrecedingKeyword()
    {
        var run = await FeatureRun.RunAsync("Feature: f\n  Scenario: s\n    Given the server starts\n    And the server starts\n", typeof(Steps));

        Assert.Equal(Outcome.Passed, run.Scenario("s").Outcome);
    }

    [Fact]
    public async Task MethodTakingTooFewParameters_IsAnErrorNotAFailure()
    {
        var run = await FeatureRun.RunAsync("Feature: f\n  Scenario: s\n    Given 3 servers run\n", typeof(Steps));

        Assert.Equal(Outcome.Error, run.Scenario("s").Outcome);
        Assert.Equal("Steps.Servers() takes 0 step argument(s) but \"{int} servers run\" captured 1", run.Scenario("s").Message);
    }

    [Fact]
    public async Task StepWithTableButNoParameter_IsAnError()
    {
        var run = await FeatureRun.RunAsync("Feature: f\n  Scenario: s\n    Given the server starts\n      | a |\n", typeof(Steps));

        Assert.Equal("Steps.Start() has no parameter for the step's DataTable argument", run.Scenario("s").Message);
    }

    [Fact]
    public async Task RegistryProblems_AreCollectedTogether()
    {
        var run = await FeatureRun.RunAsync("Feature: f\n  Scenario: s\n    Given {airport} is closed\n", typeof(BrokenBindings));

        var errors = run.Result.BindingErrors.Select(e => e.ToString()).ToList();
        Assert.Contains(errors, e => e.Contains("[BeforeTestRun] hooks must be static"));
        Assert.Contains(errors, e => e.Contains("invalid hook tag expression"));
        Assert.Equal(2, errors.Count);
        Assert.Equal(2, run.Result.ExitCode);
    }

    [Fact]
    public async Task UndefinedParameterType_LeavesTheStepUndefined()
    {
        var run = await FeatureRun.RunAsync("Feature: f\n  Scenario: s\n    Given LHR is closed\n", typeof(BrokenBindings));

        var undefined = Assert.Single(run.Of<Events.BindingsLoaded>()).Bindings.UndefinedParameterTypes.Single();
        Assert.Equal(("airport", "{airport} is closed"), (undefined.Name, undefined.Expression));
        Assert.Equal(Outcome.Undefined, run.Scenario("s").Outcome);
    }

    [Binding]
    public sealed class Steps
    {
        [Given("the server starts")]
        public void Start() { }

        [Given("{int} servers run")]
        public void Servers() { }
    }

    [Binding]
    public sealed class BrokenBindings
    {
        [BeforeTestRun]
        public void NotStatic() { }

        [BeforeScenario("@a and")]
        public void BadTags() { }

        [Given("{airport} is closed")]
        public void Closed(string airport) { }
    }
}
