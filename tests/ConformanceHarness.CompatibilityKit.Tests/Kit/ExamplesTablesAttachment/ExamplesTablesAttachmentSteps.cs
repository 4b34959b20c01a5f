using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.ExamplesTablesAttachment;

/// <summary>Port of the kit's examples-tables-attachment.ts; the images are read beside the feature file.</summary>
[Binding]
public sealed class ExamplesTablesAttachmentSteps(ScenarioContext scenario)
{
    [When("a JPEG image is attached")]
    public void AJpegImageIsAttached() => scenario.Attach(File.ReadAllBytes(BesideFeature("cucumber.jpeg")), "image/jpeg");

    [When("a PNG image is attached")]
    public void APngImageIsAttached() => scenario.Attach(File.ReadAllBytes(BesideFeature("cucumber.png")), "image/png");

    private string BesideFeature(string fileName) => Path.Combine(Path.GetDirectoryName(scenario.FeatureSource.Path)!, fileName);
}
