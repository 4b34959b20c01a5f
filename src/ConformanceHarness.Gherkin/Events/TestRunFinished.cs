using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Gherkin.Events;

/// <summary>The run ended; <paramref name="Result"/> holds every outcome and the exit code.</summary>
public sealed record TestRunFinished(string TestRunStartedId, RunResult Result) : RunEvent;
