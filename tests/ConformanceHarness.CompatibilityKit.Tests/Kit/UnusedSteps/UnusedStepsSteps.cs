using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.UnusedSteps;

/// <summary>Port of the kit's unused-steps.ts.</summary>
[Binding]
public sealed class UnusedStepsSteps
{
    [Given("a step that is used")]
    public void AStepThatIsUsed() { }

    [Given("a step that is not used")]
    public void AStepThatIsNotUsed() { }
}
