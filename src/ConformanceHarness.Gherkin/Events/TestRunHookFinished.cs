using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Gherkin.Events;

public sealed record TestRunHookFinished(string Id, HookBinding Hook, StepResult Result) : RunEvent;
