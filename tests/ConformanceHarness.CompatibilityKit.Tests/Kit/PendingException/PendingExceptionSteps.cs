using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.PendingException;

/// <summary>Port of the kit's pending-exception.ts.</summary>
[Binding]
public sealed class PendingExceptionSteps
{
    [Given("an unimplemented pending step")]
    public void AnUnimplementedPendingStep() => throw new PendingStepException("TODO");
}
