using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Gherkin.Events;

public sealed record TestStepFinished(string TestCaseStartedId, PlannedStep Step, StepResult Result) : RunEvent;
