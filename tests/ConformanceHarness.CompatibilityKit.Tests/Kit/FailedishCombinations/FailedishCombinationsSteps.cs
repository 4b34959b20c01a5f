using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.FailedishCombinations;

/// <summary>Port of the kit's failedish-combinations.ts.</summary>
[Binding]
public sealed class FailedishCombinationsSteps
{
    [Given("^a step$")]
    public void AStep() { }

    [Given("^a skipped step$")]
    public void ASkippedStep() => throw new SkipException();

    [Given("^a pending step$")]
    public void APendingStep() => throw new PendingStepException();

    [Given("^an ambiguous (.*?)$")]
    public void AnAmbiguousSomething(string what) { }

    [Given("^(.*?) ambiguous step$")]
    public void SomethingAmbiguousStep(string what) { }

    [Given("^a failing step$")]
    public void AFailingStep() => throw new Exception("whoops");
}
