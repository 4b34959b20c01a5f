using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.SkippedException;

/// <summary>Port of the kit's skipped-exception.ts.</summary>
[Binding]
public sealed class SkippedExceptionSteps
{
    [Given("I skip a step")]
    public void ISkipAStep() => throw new SkipException("skipping");
}
