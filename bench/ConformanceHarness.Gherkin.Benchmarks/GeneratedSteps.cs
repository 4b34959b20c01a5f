using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Tables;

namespace ConformanceHarness.Gherkin.Benchmarks;

/// <summary>Bindings for the generated suite: one definition per phrasing, plus decoys that never match.</summary>
[Binding]
public sealed class GeneratedSteps
{
    [Given("an archive at port {int}")]
    public void Archive(int port) { }

    [When("the PACS sends {int} {string} instances to {string}")]
    public void Send(int count, string modality, string archive) { }

    [When("these patients are registered:")]
    public void Register(DataTable patients) { }

    [When(@"^the consumer searches by (\w+) ""([^""]*)""$")]
    public void Search(string key, string value) { }

    [Then("the archive holds {int} instance(s)")]
    public void Holds(int count) { }

    [Then("the report says:")]
    public void Report(DocString text) { }

    [Given("a decoy step number {int} that never matches")]
    public void Decoy1(int n) { }

    [When("another decoy with {word} and {float}")]
    public void Decoy2(string word, float value) { }

    [Then("a third decoy/distractor is present")]
    public void Decoy3() { }
}
