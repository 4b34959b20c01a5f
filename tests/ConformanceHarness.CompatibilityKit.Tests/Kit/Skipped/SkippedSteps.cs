using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.Skipped;

/// <summary>Port of the kit's skipped.ts: returning 'skipped' is a bare SkipException.</summary>
[Binding]
public sealed class SkippedSteps
{
    [Given("a step that does not skip")]
    public void AStepThatDoesNotSkip() { }

    [Given("a step that is skipped")]
    public void AStepThatIsSkipped() { }

    [Given("I skip a step")]
    public void ISkipAStep() => throw new SkipException();
}
