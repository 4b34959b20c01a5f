using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.ExamplesTablesUndefined;

/// <summary>Port of the kit's examples-tables-undefined.ts; the count is world state.</summary>
[Binding]
public sealed class ExamplesTablesUndefinedSteps
{
    private int _count;

    [Given("there are {int} cucumbers")]
    public void ThereAreCucumbers(int initialCount) => _count = initialCount;

    [When("I eat {int} cucumbers")]
    public void IEatCucumbers(int eatCount) => _count -= eatCount;

    [Then("I should have {int} cucumbers")]
    public void IShouldHaveCucumbers(int expectedCount) => NodeAssert.StrictEqual(_count, expectedCount);
}
