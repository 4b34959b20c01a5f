using System.Reflection;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>What to run and how: feature paths, selection, bindings, parallelism, time-outs, order and retries.</summary>
public sealed record RunOptions
{
    /// <summary>Files, folders or globs; a file may carry ":line" filters.</summary>
    public IReadOnlyList<string> Paths { get; init; } = ["Features"];

    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>A Cucumber tag expression, e.g. <c>@fhir and not (@slow or @wip)</c>.</summary>
    public string? TagExpression { get; init; }

    /// <summary>A regular expression the scenario name must match.</summary>
    public string? NameFilter { get; init; }

    public int Parallelism { get; init; } = 1;

    /// <summary>The default step time-out: no step may hang a run for ever.</summary>
    public static readonly TimeSpan DefaultStepTimeout = TimeSpan.FromMinutes(5);

    /// <summary>A step (or hook) running longer is Failed; null means no limit. [StepTimeout] overrides it per step.</summary>
    public TimeSpan? StepTimeout { get; init; } = DefaultStepTimeout;

    public TimeSpan? ScenarioTimeout { get; init; }

    public IReadOnlyList<Assembly> BindingAssemblies { get; init; } = [];

    /// <summary>Explicit binding classes, used in addition to those found in the assemblies.</summary>
    public IReadOnlyList<Type> BindingTypes { get; init; } = [];

    /// <summary>Given definitions answer only Given steps (Reqnroll); off means any keyword (Cucumber).</summary>
    public bool MatchKeywords { get; init; } = true;

    /// <summary>Scenarios with one of these tags are reported Skipped with the tag's reason.</summary>
    public IReadOnlyList<string> SkipTags { get; init; } = ["@ignore", "@wip"];

    public string? RunId { get; init; }

    /// <summary>The order features and their scenarios run in; a random order without a seed gets one per run.</summary>
    public ScenarioOrder Order { get; init; } = ScenarioOrder.Defined;

    /// <summary>
    /// Extra attempts for a scenario that Failed or Error-ed (never for Undefined, Ambiguous, Pending or
    /// Skipped, which another attempt cannot change). Each attempt runs in a fresh scenario scope.
    /// </summary>
    public int Retry { get; init; }
}
