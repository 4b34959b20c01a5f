using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.Ambiguous;

/// <summary>Port of the kit's ambiguous.ts.</summary>
[Binding]
public sealed class AmbiguousSteps
{
    [Given("^a (.*?) with (.*?)$")]
    public void ASomethingWithSomething(string what, string with) { }

    [Given("^a step with (.*?)$")]
    public void AStepWithSomething(string with) { }
}
