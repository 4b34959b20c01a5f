using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.SkippedFailingHook;

/// <summary>Port of the kit's skipped-failing-hook.ts.</summary>
[Binding]
public sealed class SkippedFailingHookSteps
{
    [Given("a step that skips")]
    public void AStepThatSkips() => throw new SkipException();

    [AfterScenario]
    public void FailingAfter() => throw new Exception("whoops");
}
