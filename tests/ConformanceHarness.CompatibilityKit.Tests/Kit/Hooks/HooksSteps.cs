using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.Hooks;

/// <summary>Port of the kit's hooks.ts.</summary>
[Binding]
public sealed class HooksSteps
{
    [BeforeScenario]
    public void Before() { }

    [When("a step passes")]
    public void AStepPasses() { }

    [When("a step fails")]
    public void AStepFails() => throw new Exception("Exception in step");

    [AfterScenario]
    public void After() { }
}
