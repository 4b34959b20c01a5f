using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.Minimal;

/// <summary>Port of the kit's minimal.ts.</summary>
[Binding]
public sealed class MinimalSteps
{
    [Given("I have {int} cukes in my belly")]
    public void IHaveCukesInMyBelly(int cukeCount) { }
}
