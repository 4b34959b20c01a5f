using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.AllStatuses;

/// <summary>Port of the kit's all-statuses.ts.</summary>
[Binding]
public sealed class AllStatusesSteps
{
    [Given("^a step$")]
    public void AStep() { }

    [Given("^a failing step$")]
    public void AFailingStep() => throw new Exception("whoops");

    [Given("^a pending step$")]
    public void APendingStep() => throw new PendingStepException();

    [Given("^a skipped step$")]
    public void ASkippedStep() => throw new SkipException();

    [Given("^an ambiguous (.*?)$")]
    public void AnAmbiguousSomething(string what) { }

    [Given("^(.*?) ambiguous step$")]
    public void SomethingAmbiguousStep(string what) { }
}
