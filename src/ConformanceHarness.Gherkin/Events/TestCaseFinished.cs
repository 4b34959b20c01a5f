using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Gherkin.Events;

public sealed record TestCaseFinished(string TestCaseStartedId, TestCasePlan TestCase, ScenarioResult Result) : RunEvent;
