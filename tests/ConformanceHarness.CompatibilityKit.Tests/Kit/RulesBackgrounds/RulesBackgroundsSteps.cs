using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.RulesBackgrounds;

/// <summary>Port of the kit's rules-backgrounds.ts.</summary>
[Binding]
public sealed class RulesBackgroundsSteps
{
    [Given("an order for {string}")]
    public void AnOrderFor(string order) { }

    [When("an action")]
    public void AnAction() { }

    [Then("an outcome")]
    public void AnOutcome() { }
}
