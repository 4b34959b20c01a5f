using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.HooksNamed;

/// <summary>Port of the kit's hooks-named.ts.</summary>
[Binding]
public sealed class HooksNamedSteps
{
    [BeforeScenario(Name = "A named before hook")]
    public void NamedBefore() { }

    [When("a step passes")]
    public void AStepPasses() { }

    [AfterScenario(Name = "A named after hook")]
    public void NamedAfter() { }
}
