using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.Attachments;

/// <summary>Port of the kit's attachments.ts; document.pdf is read beside the feature file.</summary>
[Binding]
public sealed class AttachmentsSteps(ScenarioContext scenario)
{
    [When("the string {string} is attached as {string}")]
    public void TheStringIsAttachedAs(string text, string mediaType) => scenario.Attach(text, mediaType);

    [When("the string {string} is logged")]
    public void TheStringIsLogged(string text) => scenario.Log(text);

    [When("text with ANSI escapes is logged")]
    public void TextWithAnsiEscapesIsLogged() => scenario.Log(
        "This displays a \u001b[31mr\u001b[0m\u001b[91ma\u001b[0m\u001b[33mi\u001b[0m\u001b[32mn\u001b[0m\u001b[34mb\u001b[0m\u001b[95mo\u001b[0m\u001b[35mw\u001b[0m");

    [When("the following string is attached as {string}:")]
    public void TheFollowingStringIsAttachedAs(string mediaType, string text) => scenario.Attach(text, mediaType);

    [When("an array with {int} bytes is attached as {string}")]
    public void AnArrayWithBytesIsAttachedAs(int size, string mediaType) =>
        scenario.Attach(Enumerable.Range(0, size).Select(i => (byte)i).ToArray(), mediaType);

    [When("a PDF document is attached and renamed")]
    public void APdfDocumentIsAttachedAndRenamed() =>
        scenario.Attach(File.ReadAllBytes(BesideFeature("document.pdf")), "application/pdf", "renamed.pdf");

    [When("a link to {string} is attached")]
    public void ALinkIsAttached(string uri) => scenario.Link(uri);

    [When("the string {string} is attached as {string} before a failure")]
    public void TheStringIsAttachedBeforeAFailure(string text, string mediaType)
    {
        scenario.Attach(text, mediaType);
        throw new Exception("whoops");
    }

    private string BesideFeature(string fileName) => Path.Combine(Path.GetDirectoryName(scenario.FeatureSource.Path)!, fileName);
}
