using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tests.Support;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Execution;

[Collection(StaticBindingState.Name)]
public sealed class ScenarioContainerTests
{
    private const string Feature = """
        Feature: Scope
          Scenario: One
            Given the first class records the context
            And the second class records the context
          Scenario: Two
            Given the first class records the context
        """;

    [Fact]
    public async Task ContextObject_SharedWithinScenario_NewAcrossScenarios_DisposedAfterEach()
    {
        SharedContext.Seen.Clear();
        SharedContext.Disposed.Clear();

        var run = await FeatureRun.RunAsync(Feature, typeof(FirstSteps), typeof(SecondSteps));

        Assert.Equal(Outcome.Passed, run.Scenario("One").Outcome);
        Assert.Equal(3, SharedContext.Seen.Count);
        Assert.Same(SharedContext.Seen[0], SharedContext.Seen[1]);
        Assert.NotSame(SharedContext.Seen[0], SharedContext.Seen[2]);
        Assert.Equal(SharedContext.Seen.Distinct(), SharedContext.Disposed);
    }

    [Fact]
    public void Resolve_InterfaceWithoutRegistration_ExplainsTheChain()
    {
        var container = new ScenarioContainer();

        var error = Assert.Throws<InvalidOperationException>(() => container.Resolve<NeedsService>());

        Assert.Contains("cannot create IServiceThing for NeedsService → IServiceThing", error.Message);
    }

    [Fact]
    public void Resolve_CircularDependency_IsReported()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ScenarioContainer().Resolve<Chicken>());

        Assert.Contains("circular dependency: Chicken → Egg → Chicken", error.Message);
    }

    public interface IServiceThing;

    public sealed class NeedsService(IServiceThing thing)
    {
        public IServiceThing Thing { get; } = thing;
    }

    public sealed class Chicken(Egg egg)
    {
        public Egg Egg { get; } = egg;
    }

    public sealed class Egg(Chicken chicken)
    {
        public Chicken Chicken { get; } = chicken;
    }

    public sealed class SharedContext : IDisposable
    {
        public static List<SharedContext> Seen { get; } = [];

        public static List<SharedContext> Disposed { get; } = [];

        public void Dispose() => Disposed.Add(this);
    }

    [Binding]
    public sealed class FirstSteps(SharedContext context)
    {
        [Given("the first class records the context")]
        public void Record() => SharedContext.Seen.Add(context);
    }

    [Binding]
    public sealed class SecondSteps(SharedContext context)
    {
        [Given("the second class records the context")]
        public void Record() => SharedContext.Seen.Add(context);
    }
}
