namespace ConformanceHarness.Gherkin.Execution;

/// <summary>Thrown by a step that is declared but not written yet; the step is Pending.</summary>
public sealed class PendingStepException(string message = "This step is pending: its definition is not implemented yet.")
    : Exception(message);
