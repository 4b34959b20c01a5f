using System.Reflection;

namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>A problem found while building the binding registry; all of them are reported together.</summary>
public sealed record BindingError(string Message, MethodInfo? Method)
{
    public override string ToString() =>
        Method is null ? Message : $"{BindingMethodNames.Describe(Method)}: {Message}";
}
