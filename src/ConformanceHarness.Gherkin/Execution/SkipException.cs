namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Thrown when a precondition is missing (no evidence recorded, a peer tool absent, a role not
/// configured); the step and the rest of the scenario are Skipped with this reason. Thrown without a
/// reason it is a bare signal (<see cref="HasMessage"/> false), like Cucumber's returning "skipped".
/// </summary>
public sealed class SkipException : Exception
{
    public const string DefaultMessage = "The step skipped itself.";

    public SkipException()
        : base(DefaultMessage)
    {
    }

    public SkipException(string reason)
        : base(reason) => HasMessage = true;

    /// <summary>False for the bare signal, which has nothing to say beyond its status.</summary>
    public bool HasMessage { get; }
}
