using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Tables;

namespace ConformanceHarness.Steps.Harness;

/// <summary>Steps over the sample basket; one line each.</summary>
[Binding]
public sealed class BasketSteps(Basket basket, Note note)
{
    [Given("an empty basket")]
    public void GivenAnEmptyBasket() => Expect.Equal(0, basket.Count, "item count");

    [Given("a discount of {int} percent")]
    public void GivenADiscount(int percent) => basket.DiscountPercent = percent;

    [When("{int} apple(s) is/are added")]
    public void WhenApplesAreAdded(int count) => basket.Add("apple", count, 0.50m);

    [When("{int} pear(s) is/are added")]
    public void WhenPearsAreAdded(int count) => basket.Add("pear", count, 0.75m);

    [When("a {word} is added")]
    public void WhenAnItemIsAdded(string name) => basket.Add(name, 1, 0.25m);

    [When("an item named {string} costing {float} is added")]
    public void WhenANamedItemIsAdded(string name, float price) => basket.Add(name, 1, (decimal)price);

    [When("these items are added:")]
    public void WhenTheseItemsAreAdded(DataTable table) =>
        table.CreateSet<BasketItem>().ToList().ForEach(item => basket.Add(item.Name, item.Quantity, item.UnitPrice));

    [When("this note is attached:")]
    public void WhenThisNoteIsAttached(DocString text) => (note.Content, note.MediaType) = (text.Content, text.MediaType);

    [When(@"^I remove (\d+) items? with the regex binding$")]
    public void WhenIRemoveItems(int count) => basket.Remove(count);

    [When("the basket is filled asynchronously with {int} items")]
    public async Task WhenFilledAsynchronously(int count, CancellationToken cancellation)
    {
        await Task.Delay(5, cancellation);
        basket.Add("parcel", count, 1m);
    }

    [Then("the basket holds/contains {int} item(s)")]
    public void ThenTheBasketHolds(int count) => Expect.Equal(count, basket.Count, "item count");

    [Then("the basket is worth {float}")]
    public void ThenTheBasketIsWorth(double total) => Expect.Equal((decimal)total, basket.Total, "total");

    [Then("the last item is named {string}")]
    public void ThenTheLastItemIsNamed(string name) => Expect.Equal(name, basket.Items[^1].Name, "last item");

    [Then("the note has media type {string}")]
    public void ThenTheNoteHasMediaType(string mediaType) => Expect.Equal(mediaType, note.MediaType, "media type");

    [Then("the note contains {string}")]
    public void ThenTheNoteContains(string text) => Expect.Equal(true, note.Content.Contains(text), $"note containing \"{text}\"");
}
