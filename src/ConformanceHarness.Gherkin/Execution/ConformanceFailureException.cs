namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// The system under test did not do what the requirement says. Step assertions throw this (or an
/// xunit/NUnit/Shouldly assertion exception) and the step is Failed, not Error.
/// </summary>
public sealed class ConformanceFailureException(string message) : Exception(message);
