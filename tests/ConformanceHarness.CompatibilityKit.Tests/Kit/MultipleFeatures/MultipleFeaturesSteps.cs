using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.MultipleFeatures;

/// <summary>Port of the kit's multiple-features.ts.</summary>
[Binding]
public sealed class MultipleFeaturesSteps
{
    [Given("an order for {string}")]
    public void AnOrderFor(string order) { }
}
