using System.Diagnostics;
using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Parsing;
using Gherkin.CucumberMessages;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// A long-lived run for test adapters (xunit), where the test framework decides which scenario runs
/// when: bindings are discovered and BeforeTestRun hooks run once at start, each scenario runs on
/// request by its "uri:line" key, BeforeFeature runs before a feature's first scenario, and the
/// AfterFeature and AfterTestRun hooks run when the session is disposed — as Reqnroll does under a
/// unit-test framework.
/// </summary>
public sealed class GherkinSession : IAsyncDisposable
{
    private readonly RunOptions _options;
    private readonly IIdGenerator _ids = new SynchronizedIdGenerator();
    private readonly BindingRegistry _bindings;
    private readonly RunHooks _hooks;
    private readonly ScenarioExecutor _scenarios;
    private readonly SessionFeatures _features;
    private readonly List<ScenarioResult> _results = [];
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly string _startedId;
    private bool _beforeTestRunPassed;

    private GherkinSession(RunOptions options, RunEventBus events)
    {
        _options = options;
        Events = events;
        RunId = options.RunId ?? RunIds.New();
        var types = BindingRegistryBuilder.BindingTypesIn(options.BindingAssemblies).Concat(options.BindingTypes);
        _bindings = new BindingRegistryBuilder(_ids).Build(types);
        var runContext = new TestRunContext(RunId, options);
        _hooks = new RunHooks(_bindings, events, _ids.GetNewId, runContext);
        _scenarios = new ScenarioExecutor(_bindings, options, events, runContext, _ids.GetNewId);
        _features = new SessionFeatures(_hooks);
        _startedId = _ids.GetNewId();
    }

    public string RunId { get; }

    public RunEventBus Events { get; }

    /// <summary>Binding problems found at start; a scenario run in a session with any of them still runs.</summary>
    public IReadOnlyList<BindingError> BindingErrors => _bindings.Errors;

    public IReadOnlyList<HookFailure> HookFailures => _hooks.Failures;

    public static async Task<GherkinSession> StartAsync(RunOptions options, RunEventBus? events = null,
        CancellationToken cancellation = default)
    {
        var session = new GherkinSession(options, events ?? new RunEventBus());
        session.Events.Publish(new BindingsLoaded(session._bindings));
        session.Events.Publish(new TestRunStarted(session.RunId, session._startedId));
        session._beforeTestRunPassed = await session._hooks.RunTestRunHooksAsync(HookKind.BeforeTestRun, cancellation);
        return session;
    }

    /// <summary>
    /// Runs the one scenario (or outline row) at <paramref name="location"/> ("uri:line", relative to
    /// the base directory). Throws <see cref="RunConfigurationException"/> when the location selects
    /// nothing, does not parse, or a BeforeTestRun hook failed.
    /// </summary>
    public async Task<ScenarioResult> RunScenarioAsync(string location, CancellationToken cancellation = default)
    {
        if (!_beforeTestRunPassed)
            throw new RunConfigurationException($"not run: a BeforeTestRun hook failed: {string.Join("; ", HookFailures)}");
        var (feature, plan) = Plan(location);
        var (context, blocked) = await _features.EnterAsync(feature, cancellation);
        var result = await _scenarios.RunAsync(plan, context, blocked, cancellation);
        lock (_results) _results.Add(result);
        return result;
    }

    private (FeatureSource Feature, TestCasePlan Plan) Plan(string location)
    {
        var selection = _options with { Paths = [location], NameFilter = null };
        var features = RunSelection.LoadFeatures(selection, _ids);
        if (features.Count != 1)
            throw new RunConfigurationException($"{location} names {features.Count} feature files; expected one file with a line");
        var feature = features[0];
        if (feature.Document is null)
            throw new RunConfigurationException(string.Join("\n", feature.Errors));
        var filter = RunSelection.CreateFilter(selection);
        var index = new GherkinDocumentIndex(feature.Document);
        var pickles = feature.Pickles.Where(pickle => filter.Includes(feature, pickle, index)).ToList();
        if (pickles.Count != 1)
            throw new RunConfigurationException($"{location} selects {pickles.Count} scenarios; expected exactly one");
        Events.Publish(new FeatureSourceLoaded(feature, pickles));
        var planner = new TestCasePlanner(_bindings, new StepMatcher(_bindings, _options.MatchKeywords), _ids);
        var plan = planner.Plan(feature, pickles[0], index);
        Events.Publish(new TestCasePlanned(plan));
        return (feature, plan);
    }

    public async ValueTask DisposeAsync()
    {
        await _features.LeaveAllAsync();
        await _hooks.RunTestRunHooksAsync(HookKind.AfterTestRun, CancellationToken.None);
        List<ScenarioResult> results;
        lock (_results) results = [.. _results];
        var result = new RunResult(RunId, results, [], _bindings.Errors, _hooks.Failures, _watch.Elapsed);
        Events.Publish(new TestRunFinished(_startedId, result));
    }
}
