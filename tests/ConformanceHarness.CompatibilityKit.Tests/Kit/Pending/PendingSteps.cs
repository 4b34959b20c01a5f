using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.Pending;

/// <summary>Port of the kit's pending.ts: returning 'pending' is a bare PendingStepException.</summary>
[Binding]
public sealed class PendingSteps
{
    [Given("an implemented non-pending step")]
    public void AnImplementedNonPendingStep() { }

    [Given("an implemented step that is skipped")]
    public void AnImplementedStepThatIsSkipped() { }

    [Given("an unimplemented pending step")]
    public void AnUnimplementedPendingStep() => throw new PendingStepException();
}
