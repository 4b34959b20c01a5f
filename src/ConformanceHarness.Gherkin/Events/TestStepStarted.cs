using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Gherkin.Events;

public sealed record TestStepStarted(string TestCaseStartedId, PlannedStep Step) : RunEvent;
