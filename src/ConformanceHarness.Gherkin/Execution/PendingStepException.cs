namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Thrown by a step that is declared but not written yet; the step is Pending. Thrown without a
/// message it is a bare signal (<see cref="HasMessage"/> false), like Cucumber's returning "pending":
/// reports then carry the status alone.
/// </summary>
public sealed class PendingStepException : Exception
{
    public const string DefaultMessage = "This step is pending: its definition is not implemented yet.";

    public PendingStepException()
        : base(DefaultMessage)
    {
    }

    public PendingStepException(string message)
        : base(message) => HasMessage = true;

    /// <summary>False for the bare signal, which has nothing to say beyond its status.</summary>
    public bool HasMessage { get; }
}
