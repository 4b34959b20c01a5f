using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tests.Support;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Execution;

[Collection(StaticBindingState.Name)]
public sealed class HookOrderTests
{
    private const string Feature = """
        @feature-tag
        Feature: Hooks
          Scenario: First
            Given a step

          @tagged
          Scenario: Second
            Given a step
        """;

    [Fact]
    public async Task Hooks_RunInNestingOrder_WithOrderAndTagScopes()
    {
        HookBindings.Log.Clear();

        await FeatureRun.RunAsync(Feature, typeof(HookBindings));

        Assert.Equal(
        [
            "BeforeTestRun", "BeforeFeature(@feature-tag)",
            "BeforeScenario(order 1) First", "BeforeScenario(order 5) First", "BeforeStep", "step", "AfterStep",
            "AfterScenario(order 5)", "AfterScenario(order 1)",
            "BeforeScenario(order 1) Second", "BeforeScenario(order 5) Second", "BeforeScenario(@tagged)",
            "BeforeStep", "step", "AfterStep", "AfterScenario(order 5)", "AfterScenario(order 1)",
            "AfterFeature", "AfterTestRun",
        ], HookBindings.Log);
    }

    [Fact]
    public async Task ScenarioHooks_AppearAsTestSteps_OnlyWhereTheirTagsApply()
    {
        HookBindings.Log.Clear();

        var run = await FeatureRun.RunAsync(Feature, typeof(HookBindings));

        Assert.Equal(5, run.Scenario("First").TestCase.Steps.Count);
        Assert.Equal(6, run.Scenario("Second").TestCase.Steps.Count);
    }

    [Binding]
    public sealed class HookBindings(ScenarioContext scenario)
    {
        public static List<string> Log { get; } = [];

        [BeforeTestRun]
        public static void BeforeRun() => Log.Add("BeforeTestRun");

        [BeforeFeature("@feature-tag")]
        public static void BeforeFeature(FeatureContext feature) => Log.Add($"BeforeFeature({feature.Tags[0]})");

        [BeforeFeature("@other")]
        public static void NotThisFeature() => Log.Add("wrong feature hook");

        [BeforeScenario(Order = 5)]
        public void Before5() => Log.Add($"BeforeScenario(order 5) {scenario.Title}");

        [BeforeScenario(Order = 1)]
        public void Before1() => Log.Add($"BeforeScenario(order 1) {scenario.Title}");

        [BeforeScenario("@tagged", Order = 9)]
        public void BeforeTagged() => Log.Add("BeforeScenario(@tagged)");

        [BeforeStep]
        public void BeforeStep() => Log.Add("BeforeStep");

        [Given("a step")]
        public void Step() => Log.Add("step");

        [AfterStep]
        public void AfterStep() => Log.Add("AfterStep");

        [AfterScenario(Order = 1)]
        public void After1() => Log.Add("AfterScenario(order 1)");

        [AfterScenario(Order = 5)]
        public void After5() => Log.Add("AfterScenario(order 5)");

        [AfterFeature]
        public static void AfterFeature() => Log.Add("AfterFeature");

        [AfterTestRun]
        public static void AfterRun() => Log.Add("AfterTestRun");
    }
}
