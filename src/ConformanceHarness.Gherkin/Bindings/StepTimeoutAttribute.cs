namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>A time-out for one step definition, overriding the run's default step time-out.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StepTimeoutAttribute(int milliseconds) : Attribute
{
    public TimeSpan Timeout { get; } = TimeSpan.FromMilliseconds(milliseconds);
}
