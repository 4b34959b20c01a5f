namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Thrown when a precondition is missing (no evidence recorded, a peer tool absent, a role not
/// configured); the step and the rest of the scenario are Skipped with this reason.
/// </summary>
public sealed class SkipException(string reason) : Exception(reason);
