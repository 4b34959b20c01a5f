namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>
/// A hook. <see cref="Tags"/> is a tag expression restricting it (scenario, step and feature hooks);
/// lower <see cref="Order"/> runs first for Before hooks and last for After hooks.
/// Test-run and feature hooks must be static; the others may be instance methods.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public abstract class HookAttribute(HookKind kind, string? tags) : Attribute
{
    public const int DefaultOrder = 10000;

    public HookKind Kind { get; } = kind;

    public string? Tags { get; } = tags;

    public int Order { get; init; } = DefaultOrder;

    /// <summary>A human name shown in reports (Cucumber's named hooks).</summary>
    public string? Name { get; init; }
}
