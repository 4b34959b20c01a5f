using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.MultipleFeaturesReversed;

/// <summary>Port of the kit's multiple-features-reversed.ts (run with <c>--order reverse</c>).</summary>
[Binding]
public sealed class MultipleFeaturesReversedSteps
{
    [Given("an order for {string}")]
    public void AnOrderFor(string order) { }
}
