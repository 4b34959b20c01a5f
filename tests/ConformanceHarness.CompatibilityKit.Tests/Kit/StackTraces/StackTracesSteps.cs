using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.StackTraces;

/// <summary>Port of the kit's stack-traces.ts.</summary>
[Binding]
public sealed class StackTracesSteps
{
    [When("a step throws an exception")]
    public void AStepThrowsAnException() => throw new Exception("BOOM");
}
