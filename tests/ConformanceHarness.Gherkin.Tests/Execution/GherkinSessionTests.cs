using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tests.Support;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Execution;

[Collection(StaticBindingState.Name)]
public sealed class GherkinSessionTests
{
    private const string Feature = "Feature: f\n  Scenario: one\n    Given a step\n  Scenario: two\n    Given a step\n";

    [Fact]
    public async Task Session_RunsTestRunAndFeatureHooksOnce_AroundScenariosRunOnRequest()
    {
        SessionHooks.Log.Clear();
        var options = await Options(typeof(SessionHooks));

        await using (var session = await GherkinSession.StartAsync(options, cancellation: TestContext.Current.CancellationToken))
        {
            var two = await session.RunScenarioAsync("t.feature:4", TestContext.Current.CancellationToken);
            var one = await session.RunScenarioAsync("t.feature:2", TestContext.Current.CancellationToken);
            Assert.Equal(("two", Outcome.Passed), (two.TestCase.Name, two.Outcome));
            Assert.Equal(("one", Outcome.Passed), (one.TestCase.Name, one.Outcome));
        }

        Assert.Equal(["BeforeTestRun", "BeforeFeature", "step", "step", "AfterFeature", "AfterTestRun"], SessionHooks.Log);
    }

    [Fact]
    public async Task Session_LocationSelectingNothing_IsAConfigurationError()
    {
        await using var session = await GherkinSession.StartAsync(await Options(typeof(SessionHooks)), cancellation: TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<RunConfigurationException>(() => session.RunScenarioAsync("t.feature:1", TestContext.Current.CancellationToken));

        Assert.Equal("t.feature:1 selects 0 scenarios; expected exactly one", error.Message);
    }

    [Fact]
    public async Task Session_MissingFeatureFile_IsAConfigurationErrorNamingIt()
    {
        await using var session = await GherkinSession.StartAsync(await Options(typeof(SessionHooks)), cancellation: TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<RunConfigurationException>(() => session.RunScenarioAsync("gone.feature:2", TestContext.Current.CancellationToken));

        Assert.Contains("'gone.feature' does not exist", error.Message);
    }

    [Fact]
    public async Task Session_FailedBeforeTestRun_RefusesToRunScenarios()
    {
        await using var session = await GherkinSession.StartAsync(await Options(typeof(FailingStart)), cancellation: TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<RunConfigurationException>(() => session.RunScenarioAsync("t.feature:2", TestContext.Current.CancellationToken));

        Assert.Contains("a BeforeTestRun hook failed", error.Message);
        Assert.Contains("simulator port in use", error.Message);
    }

    private static async Task<RunOptions> Options(Type bindings)
    {
        var folder = Directory.CreateTempSubdirectory("harness-session-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "t.feature"), Feature, TestContext.Current.CancellationToken);
        return new RunOptions { BaseDirectory = folder, BindingTypes = [bindings] };
    }

    [Binding]
    public sealed class SessionHooks
    {
        public static List<string> Log { get; } = [];

        [BeforeTestRun]
        public static void BeforeRun() => Log.Add("BeforeTestRun");

        [BeforeFeature]
        public static void BeforeFeature() => Log.Add("BeforeFeature");

        [Given("a step")]
        public void Step() => Log.Add("step");

        [AfterFeature]
        public static void AfterFeature() => Log.Add("AfterFeature");

        [AfterTestRun]
        public static void AfterRun() => Log.Add("AfterTestRun");
    }

    [Binding]
    public sealed class FailingStart
    {
        [BeforeTestRun]
        public static void Start() => throw new InvalidOperationException("simulator port in use");

        [Given("a step")]
        public void Step() { }
    }
}
