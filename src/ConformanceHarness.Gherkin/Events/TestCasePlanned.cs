using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Gherkin.Events;

/// <summary>A scenario was planned: its steps matched to bindings and its hooks chosen.</summary>
public sealed record TestCasePlanned(TestCasePlan TestCase) : RunEvent;
