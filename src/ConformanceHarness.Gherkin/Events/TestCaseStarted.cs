using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Gherkin.Events;

public sealed record TestCaseStarted(string Id, TestCasePlan TestCase, int Attempt) : RunEvent;
