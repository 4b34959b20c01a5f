using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.UndefinedMultiple;

/// <summary>Port of the kit's undefined-multiple.ts.</summary>
[Binding]
public sealed class UndefinedMultipleSteps
{
    [Given("an implemented step")]
    public void AnImplementedStep() { }

    [Given("a step that will be skipped")]
    public void AStepThatWillBeSkipped() { }
}
