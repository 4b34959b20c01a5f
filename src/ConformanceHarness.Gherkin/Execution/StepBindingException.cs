namespace ConformanceHarness.Gherkin.Execution;

/// <summary>A step matched but its method cannot take the step's arguments; the step is an Error.</summary>
public sealed class StepBindingException(string message) : Exception(message);
