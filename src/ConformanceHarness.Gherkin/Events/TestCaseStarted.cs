using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Gherkin.Events;

/// <summary>An attempt at a test case started; <paramref name="Attempt"/> counts from 0 (retries: 1, 2, …).</summary>
public sealed record TestCaseStarted(string Id, TestCasePlan TestCase, int Attempt) : RunEvent;
