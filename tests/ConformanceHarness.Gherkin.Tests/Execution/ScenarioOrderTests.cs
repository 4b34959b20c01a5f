using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tests.Support;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Execution;

public sealed class ScenarioOrderTests
{
    private static readonly string[] DefinedOrder = ["a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "c3"];

    [Fact]
    public async Task Run_DefaultOrder_RunsFeaturesAndScenariosInFileOrder()
    {
        var run = await RunAsync(options => options);

        Assert.Equal(DefinedOrder, Started(run));
        Assert.Equal(DefinedOrder, run.Result.Scenarios.Select(s => s.TestCase.Name));
        Assert.Equal(ScenarioOrder.Defined, run.Result.Order);
    }

    [Fact]
    public async Task Run_Reverse_RunsFeaturesAndTheirScenariosLastToFirst()
    {
        var run = await RunAsync(options => options with { Order = ScenarioOrder.Reverse });

        string[] reversed = ["c3", "c2", "c1", "b3", "b2", "b1", "a3", "a2", "a1"];
        Assert.Equal(reversed, Started(run));
        Assert.Equal(reversed, run.Of<TestCasePlanned>().Select(p => p.TestCase.Name));
        Assert.Equal(reversed, run.Result.Scenarios.Select(s => s.TestCase.Name));
        Assert.Equal(DefinedOrder, run.Of<FeatureSourceLoaded>().SelectMany(f => f.SelectedPickles).Select(p => p.Name));
    }

    [Fact]
    public async Task Run_RandomWithSeed_SameSeedGivesSameOrderAndKeepsFeaturesTogether()
    {
        var first = await RunAsync(options => options with { Order = ScenarioOrder.Random(1234) });
        var second = await RunAsync(options => options with { Order = ScenarioOrder.Random(1234) });

        Assert.Equal(Started(first), Started(second));
        Assert.Equal(DefinedOrder.Order(), Started(first).Order());
        Assert.All(Started(first).Chunk(3), feature => Assert.Single(feature.Select(name => name[0]).Distinct()));
        Assert.Equal(ScenarioOrder.Random(1234), first.Result.Order);
    }

    [Fact]
    public async Task Run_RandomWithoutSeed_ReportsASeedThatReproducesTheOrder()
    {
        var first = await RunAsync(options => options with { Order = ScenarioOrder.Random() });

        Assert.Equal(ScenarioOrderKind.Random, first.Result.Order.Kind);
        Assert.NotNull(first.Result.Order.Seed);
        var again = await RunAsync(options => options with { Order = ScenarioOrder.Parse(first.Result.Order.ToString()) });
        Assert.Equal(Started(first), Started(again));
    }

    [Fact]
    public void Arrange_RandomOverManySeeds_UsuallyDiffersFromDefinedAndVaries()
    {
        IReadOnlyList<(char Feature, IReadOnlyList<string> Scenarios)> features =
            [.. "abc".Select(f => (f, (IReadOnlyList<string>)Enumerable.Range(1, 4).Select(i => $"{f}{i}").ToList()))];
        var defined = Flatten(ScenarioOrder.Defined.Arrange(features));

        var orders = Enumerable.Range(0, 20).Select(seed => Flatten(ScenarioOrder.Random(seed).Arrange(features))).ToList();

        Assert.All(orders, order => Assert.Equal(defined.Order(), order.Order()));
        Assert.True(orders.Count(order => !order.SequenceEqual(defined)) >= 19, "almost every seed should change the order");
        Assert.True(orders.Select(order => string.Join(",", order)).Distinct().Count() >= 15, "seeds should give different orders");
    }

    [Fact]
    public void Arrange_Defined_ReturnsTheFeaturesUnchanged()
    {
        IReadOnlyList<(string Feature, IReadOnlyList<int> Scenarios)> features = [("x", [3, 1, 2]), ("y", [5, 4])];

        Assert.Equal([3, 1, 2, 5, 4], Flatten(ScenarioOrder.Defined.Arrange(features)));
    }

    [Theory]
    [InlineData("defined", "defined")]
    [InlineData("reverse", "reverse")]
    [InlineData(" Reverse ", "reverse")]
    [InlineData("random:0", "random:0")]
    [InlineData("random:1234", "random:1234")]
    [InlineData("random", "random")]
    public void TryParse_ValidOrder_ParsesAndWritesBack(string text, string expected)
    {
        Assert.True(ScenarioOrder.TryParse(text, out var order));

        Assert.Equal(expected, order.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("shuffle")]
    [InlineData("random:")]
    [InlineData("random:-1")]
    [InlineData("random:abc")]
    [InlineData("random:99999999999")]
    [InlineData("reverse:1")]
    public void Parse_InvalidOrder_ThrowsNamingTheAcceptedForms(string text)
    {
        Assert.False(ScenarioOrder.TryParse(text, out _));

        var error = Assert.Throws<FormatException>(() => ScenarioOrder.Parse(text));
        Assert.Contains(ScenarioOrder.Syntax, error.Message);
    }

    [Fact]
    public void WithSeed_RandomWithoutSeed_PicksOneAndKeepsOtherOrders()
    {
        Assert.NotNull(ScenarioOrder.Random().WithSeed().Seed);
        Assert.Equal(ScenarioOrder.Random(7), ScenarioOrder.Random(7).WithSeed());
        Assert.Equal(ScenarioOrder.Reverse, ScenarioOrder.Reverse.WithSeed());
    }

    [Fact]
    public async Task Run_NegativeSeed_IsARunConfigurationError()
    {
        var error = await Assert.ThrowsAsync<RunConfigurationException>(() =>
            RunAsync(options => options with { Order = new ScenarioOrder(ScenarioOrderKind.Random, -5) }));

        Assert.Contains("random:SEED", error.Message);
    }

    private static Task<FeatureRunOutput> RunAsync(Func<RunOptions, RunOptions> configure) =>
        FeatureRun.RunAsync(new Dictionary<string, string>
        {
            ["a.feature"] = Feature('a'),
            ["b.feature"] = Feature('b'),
            ["c.feature"] = Feature('c'),
        }, options => configure(options with { BindingTypes = [typeof(OrderSteps)] }));

    private static string Feature(char name) =>
        $"Feature: {name}\n" + string.Concat(Enumerable.Range(1, 3).Select(i => $"  Scenario: {name}{i}\n    Given a step\n"));

    private static IReadOnlyList<string> Started(FeatureRunOutput run) =>
        run.Of<TestCaseStarted>().Select(started => started.TestCase.Name).ToList();

    private static IReadOnlyList<T> Flatten<TFeature, T>(IReadOnlyList<(TFeature Feature, IReadOnlyList<T> Scenarios)> features) =>
        features.SelectMany(feature => feature.Scenarios).ToList();

    [Binding]
    public sealed class OrderSteps
    {
        [Given("a step")]
        public void Step() { }
    }
}
