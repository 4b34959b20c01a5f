namespace ConformanceHarness.Gherkin.Execution;

/// <summary>The run cannot start: a missing feature path, a malformed tag expression or name filter.</summary>
public sealed class RunConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
