namespace ConformanceHarness.Gherkin.Execution;

/// <summary>A step or scenario ran past its time-out; the step is Failed (the SUT did not answer in time).</summary>
public sealed class StepTimeoutException(string message) : Exception(message);
