using Pickle = Io.Cucumber.Messages.Types.Pickle;
using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Parsing;

namespace ConformanceHarness.Gherkin.Events;

/// <summary>The run began; <paramref name="RunId"/> names the report folder.</summary>
public sealed record TestRunStarted(string RunId, string Id) : RunEvent;

/// <summary>
/// A feature file was read; it may carry parse errors and then has no pickles.
/// <paramref name="SelectedPickles"/> are those the filters kept, in file order.
/// </summary>
public sealed record FeatureSourceLoaded(FeatureSource Feature, IReadOnlyList<Pickle> SelectedPickles) : RunEvent;

/// <summary>Bindings were discovered (step definitions, hooks, parameter types, problems).</summary>
public sealed record BindingsLoaded(BindingRegistry Bindings) : RunEvent;

/// <summary>A test-run hook (BeforeTestRun/AfterTestRun) is starting.</summary>
public sealed record TestRunHookStarted(string Id, HookBinding Hook) : RunEvent;

public sealed record TestRunHookFinished(string Id, HookBinding Hook, StepResult Result) : RunEvent;

/// <summary>A scenario was planned: its steps matched to bindings and its hooks chosen.</summary>
public sealed record TestCasePlanned(TestCasePlan TestCase) : RunEvent;

public sealed record FeatureStarted(FeatureSource Feature) : RunEvent;

public sealed record FeatureFinished(FeatureSource Feature) : RunEvent;

public sealed record TestCaseStarted(string Id, TestCasePlan TestCase, int Attempt) : RunEvent;

public sealed record TestStepStarted(string TestCaseStartedId, PlannedStep Step) : RunEvent;

/// <summary>An undefined step got a ready-to-paste C# snippet.</summary>
public sealed record StepSnippetSuggested(string Id, string TestCaseStartedId, PlannedStep Step, string Snippet) : RunEvent;

public sealed record TestStepFinished(string TestCaseStartedId, PlannedStep Step, StepResult Result) : RunEvent;

/// <summary>A step, hook or test-run hook attached content (text, bytes as base64, a link).</summary>
public sealed record AttachmentAdded(Attachment Attachment) : RunEvent;

public sealed record TestCaseFinished(string TestCaseStartedId, TestCasePlan TestCase, ScenarioResult Result) : RunEvent;

/// <summary>The run ended; <paramref name="Result"/> holds every outcome and the exit code.</summary>
public sealed record TestRunFinished(string TestRunStartedId, RunResult Result) : RunEvent;
