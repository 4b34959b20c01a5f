using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.HooksSkipped;

/// <summary>Port of the kit's hooks-skipped.ts: returning 'skipped' is a bare SkipException.</summary>
[Binding]
public sealed class HooksSkippedSteps
{
    [BeforeScenario]
    public void FirstBefore() { }

    [BeforeScenario("@skip-before")]
    public void SkippingBefore() => throw new SkipException();

    [BeforeScenario]
    public void LastBefore() { }

    [Given("a normal step")]
    public void ANormalStep() { }

    [Given("a step that skips")]
    public void AStepThatSkips() => throw new SkipException();

    [AfterScenario]
    public void FirstAfter() { }

    [AfterScenario("@skip-after")]
    public void SkippingAfter() => throw new SkipException();

    [AfterScenario]
    public void LastAfter() { }
}
