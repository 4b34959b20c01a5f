using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.Undefined;

/// <summary>Port of the kit's undefined.ts.</summary>
[Binding]
public sealed class UndefinedSteps
{
    [Given("an implemented step")]
    public void AnImplementedStep() { }

    [Given("a step that will be skipped")]
    public void AStepThatWillBeSkipped() { }
}
