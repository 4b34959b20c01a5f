using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.RetryPending;

/// <summary>Port of the kit's retry-pending.ts (run with <c>--retry 2</c>): returning 'pending' is a bare PendingStepException.</summary>
[Binding]
public sealed class RetryPendingSteps
{
    [Given("a pending step")]
    public void APendingStep() => throw new PendingStepException();
}
