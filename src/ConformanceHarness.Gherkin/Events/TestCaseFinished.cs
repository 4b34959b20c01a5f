using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Gherkin.Events;

/// <summary>
/// An attempt at a test case finished. <paramref name="WillBeRetried"/> is true when another attempt follows
/// (see <see cref="RunOptions.Retry"/>); the scenario's result is the attempt that is not retried.
/// </summary>
public sealed record TestCaseFinished(string TestCaseStartedId, TestCasePlan TestCase, ScenarioResult Result, bool WillBeRetried)
    : RunEvent;
