using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.HooksConditional;

/// <summary>Port of the kit's hooks-conditional.ts.</summary>
[Binding]
public sealed class HooksConditionalSteps
{
    [BeforeScenario("@passing-hook")]
    public Task PassingBefore() => Task.CompletedTask;

    [BeforeScenario("@fail-before")]
    public void FailingBefore() => throw new Exception("Exception in conditional hook");

    [When("a step passes")]
    public void AStepPasses() { }

    [AfterScenario("@fail-after")]
    public void FailingAfter() => throw new Exception("Exception in conditional hook");

    [AfterScenario("@passing-hook")]
    public Task PassingAfter() => Task.CompletedTask;
}
