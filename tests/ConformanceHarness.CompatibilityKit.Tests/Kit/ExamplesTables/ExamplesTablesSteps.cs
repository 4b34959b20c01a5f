using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.ExamplesTables;

/// <summary>Port of the kit's examples-tables.ts; count and friends are world state.</summary>
[Binding]
public sealed class ExamplesTablesSteps
{
    private int _count;
    private int _friends;

    [Given("there are {int} cucumbers")]
    public void ThereAreCucumbers(int initialCount) => _count = initialCount;

    [Given("there are {int} friends")]
    public void ThereAreFriends(int initialFriends) => _friends = initialFriends;

    [When("I eat {int} cucumbers")]
    public void IEatCucumbers(int eatCount) => _count -= eatCount;

    [Then("I should have {int} cucumbers")]
    public void IShouldHaveCucumbers(int expectedCount) => NodeAssert.StrictEqual(_count, expectedCount);

    [Then("each person can eat {int} cucumbers")]
    public void EachPersonCanEatCucumbers(int expectedShare) =>
        NodeAssert.StrictEqual((int)Math.Floor(_count / (1.0 + _friends)), expectedShare);
}
