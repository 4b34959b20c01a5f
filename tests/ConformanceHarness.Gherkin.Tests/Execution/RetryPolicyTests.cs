using System.Collections.Concurrent;
using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tests.Support;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Execution;

public sealed class RetryPolicyTests
{
    [Fact]
    public async Task Retry_PassesOnSecondAttempt_IsPassedAndFlaky()
    {
        var run = await RunAsync("Given a step that passes on attempt 2", retry: 2);

        var scenario = run.Scenario("s");
        Assert.Equal(Outcome.Passed, scenario.Outcome);
        Assert.True(scenario.IsFlaky);
        Assert.Equal(1, scenario.Attempt);
        Assert.Equal([Outcome.Failed], scenario.EarlierAttempts.Select(a => a.Outcome));
        Assert.Equal([scenario], run.Result.Flaky);
        Assert.Equal(0, run.Result.ExitCode);
    }

    [Theory]
    [InlineData("Given a step that always fails", Outcome.Failed)]
    [InlineData("Given a step that always throws", Outcome.Error)]
    public async Task Retry_AlwaysFailing_RunsRetryPlusOneAttemptsAndEndsFailed(string step, Outcome outcome)
    {
        var run = await RunAsync(step, retry: 2);

        var scenario = run.Scenario("s");
        Assert.Equal(outcome, scenario.Outcome);
        Assert.False(scenario.IsFlaky);
        Assert.Equal(2, scenario.Attempt);
        Assert.Equal([0, 1, 2], run.Of<TestCaseStarted>().Select(s => s.Attempt));
        Assert.Empty(run.Result.Flaky);
    }

    [Theory]
    [InlineData("Given a step nobody defined", Outcome.Undefined)]
    [InlineData("Given an ambiguous step", Outcome.Ambiguous)]
    [InlineData("Given a pending step", Outcome.Pending)]
    [InlineData("Given a skipped step", Outcome.Skipped)]
    public async Task Retry_OutcomeAnotherAttemptCannotChange_IsNotRetried(string step, Outcome outcome)
    {
        var run = await RunAsync(step, retry: 2);

        Assert.Equal(outcome, run.Scenario("s").Outcome);
        Assert.Equal([0], run.Of<TestCaseStarted>().Select(s => s.Attempt));
        Assert.Equal([false], run.Of<TestCaseFinished>().Select(f => f.WillBeRetried));
    }

    [Fact]
    public async Task Retry_Zero_RunsAFailingScenarioOnce()
    {
        var run = await RunAsync("Given a step that passes on attempt 2", retry: 0);

        Assert.Equal(Outcome.Failed, run.Scenario("s").Outcome);
        Assert.Single(run.Of<TestCaseStarted>());
    }

    [Fact]
    public async Task Retry_EachAttempt_GetsAFreshScenarioScope()
    {
        var run = await RunAsync("Given the scope is recorded\nAnd a step that always fails", retry: 2);

        var scopes = RetrySteps.Scopes(run);
        Assert.Equal(3, scopes.Count);
        Assert.Equal(3, scopes.Select(scope => scope.Steps).Distinct().Count());
        Assert.Equal(3, scopes.Select(scope => scope.Context).Distinct().Count());
        Assert.Equal([0, 1, 2], scopes.Select(scope => scope.Context.Attempt));
        Assert.All(scopes, scope => Assert.True(scope.Steps.Disposed));
    }

    [Fact]
    public async Task Retry_EachAttempt_PublishesItsOwnStartedStepsAndFinished()
    {
        var run = await RunAsync("Given a step that passes on attempt 3", retry: 2);

        var started = run.Of<TestCaseStarted>().ToList();
        var finished = run.Of<TestCaseFinished>().ToList();
        Assert.Equal(3, started.Select(s => s.Id).Distinct().Count());
        Assert.Equal(started.Select(s => s.Id), finished.Select(f => f.TestCaseStartedId));
        Assert.Equal([true, true, false], finished.Select(f => f.WillBeRetried));
        Assert.Equal([Outcome.Failed, Outcome.Failed, Outcome.Passed], finished.Select(f => f.Result.Outcome));
        Assert.Equal(started.Select(s => s.Id), run.Of<TestStepFinished>().Select(s => s.TestCaseStartedId));
        Assert.Same(finished[^1].Result, run.Scenario("s"));
    }

    [Fact]
    public async Task Run_NegativeRetry_IsARunConfigurationError()
    {
        var error = await Assert.ThrowsAsync<RunConfigurationException>(() => RunAsync("Given a step that always fails", retry: -1));

        Assert.Contains("retry", error.Message);
    }

    private static Task<FeatureRunOutput> RunAsync(string steps, int retry) =>
        FeatureRun.RunAsync(new Dictionary<string, string> { ["retry.feature"] = $"Feature: f\n  Scenario: s\n    {steps.Replace("\n", "\n    ")}\n" },
            options => options with { BindingTypes = [typeof(RetrySteps)], Retry = retry, SkipTags = [] });

    /// <summary>Counts live in the run's items: they outlast each attempt's scope and start at zero in every run.</summary>
    [Binding]
    public sealed class RetrySteps(TestRunContext run, ScenarioContext scenario) : IDisposable
    {
        public bool Disposed { get; private set; }

        [Given("a step that passes on attempt {int}")]
        public void PassesOnAttempt(int attempt)
        {
            var calls = (int)run.Items.AddOrUpdate("calls", 1, (_, count) => (int)count! + 1)!;
            if (calls < attempt) throw new ConformanceFailureException($"call {calls} fails");
        }

        [Given("a step that always fails")]
        public void AlwaysFails() => throw new ConformanceFailureException("expected 1, but received 2");

        [Given("a step that always throws")]
        public void AlwaysThrows() => throw new InvalidOperationException("harness bug");

        [Given("an ambiguous step")]
        public void AmbiguousOne() { }

        [Given("an ambiguous step")]
        public void AmbiguousTwo() { }

        [Given("a pending step")]
        public void Pending() => throw new PendingStepException();

        [Given("a skipped step")]
        public void Skipped() => throw new SkipException("not today");

        [Given("the scope is recorded")]
        public void RecordScope() => ScopesByRun.GetOrAdd(run.RunId, _ => new ConcurrentQueue<(RetrySteps, ScenarioContext)>())
            .Enqueue((this, scenario));

        public void Dispose() => Disposed = true;

        /// <summary>The scope of each attempt, keyed by run id so runs in parallel tests do not mix.</summary>
        public static IReadOnlyList<(RetrySteps Steps, ScenarioContext Context)> Scopes(FeatureRunOutput output) =>
            ScopesByRun.TryRemove(output.Result.RunId, out var scopes) ? scopes.ToList() : [];

        private static readonly ConcurrentDictionary<string, ConcurrentQueue<(RetrySteps, ScenarioContext)>> ScopesByRun = new();
    }
}
