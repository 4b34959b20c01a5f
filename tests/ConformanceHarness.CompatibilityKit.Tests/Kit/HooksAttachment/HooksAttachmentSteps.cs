using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.HooksAttachment;

/// <summary>Port of the kit's hooks-attachment.ts; cucumber.svg is read beside the feature file.</summary>
[Binding]
public sealed class HooksAttachmentSteps(ScenarioContext scenario)
{
    [BeforeScenario]
    public void Before() => AttachSvg();

    [When("a step passes")]
    public void AStepPasses() { }

    [AfterScenario]
    public void After() => AttachSvg();

    private void AttachSvg() => scenario.Attach(
        File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(scenario.FeatureSource.Path)!, "cucumber.svg")), "image/svg+xml");
}
