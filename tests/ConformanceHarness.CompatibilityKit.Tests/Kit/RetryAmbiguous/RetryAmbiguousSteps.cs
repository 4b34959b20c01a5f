using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.RetryAmbiguous;

/// <summary>Port of the kit's retry-ambiguous.ts (run with <c>--retry 2</c>): two definitions of one step.</summary>
[Binding]
public sealed class RetryAmbiguousSteps
{
    [Given("an ambiguous step")]
    public void FirstOne() { }

    [Given("an ambiguous step")]
    public void SecondOne() { }
}
