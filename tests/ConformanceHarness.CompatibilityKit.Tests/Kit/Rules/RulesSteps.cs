using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.Rules;

/// <summary>Port of the kit's rules.ts; money, stock and the chocolate bought are world state.</summary>
[Binding]
public sealed class RulesSteps
{
    private int _money;
    private List<string> _stock = [];
    private string? _chocolate;

    [Given("the customer has {int} cents")]
    public void TheCustomerHasCents(int money) => _money = money;

    [Given("there are chocolate bars in stock")]
    public void ThereAreChocolateBarsInStock() => _stock = ["Mars"];

    [Given("there are no chocolate bars in stock")]
    public void ThereAreNoChocolateBarsInStock() => _stock = [];

    [When("the customer tries to buy a {int} cent chocolate bar")]
    public void TheCustomerTriesToBuyAChocolateBar(int price)
    {
        if (_money < price || _stock.Count == 0) return;
        _chocolate = _stock[^1];
        _stock.RemoveAt(_stock.Count - 1);
    }

    [Then("the sale should not happen")]
    public void TheSaleShouldNotHappen() => NodeAssert.StrictEqual(_chocolate, null);

    [Then("the sale should happen")]
    public void TheSaleShouldHappen() => NodeAssert.Ok(_chocolate);
}
