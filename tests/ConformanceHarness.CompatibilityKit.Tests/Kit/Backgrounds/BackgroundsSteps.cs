using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.Backgrounds;

/// <summary>Port of the kit's backgrounds.ts.</summary>
[Binding]
public sealed class BackgroundsSteps
{
    [Given("an order for {string}")]
    public void AnOrderFor(string order) { }

    [When("an action")]
    public void AnAction() { }

    [Then("an outcome")]
    public void AnOutcome() { }
}
