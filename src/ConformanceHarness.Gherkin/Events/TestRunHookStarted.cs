using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.Gherkin.Events;

/// <summary>A test-run hook (BeforeTestRun/AfterTestRun) is starting.</summary>
public sealed record TestRunHookStarted(string Id, HookBinding Hook) : RunEvent;
