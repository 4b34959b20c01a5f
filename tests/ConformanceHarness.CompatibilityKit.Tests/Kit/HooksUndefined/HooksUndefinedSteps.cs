using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.HooksUndefined;

/// <summary>Port of the kit's hooks-undefined.ts.</summary>
[Binding]
public sealed class HooksUndefinedSteps
{
    [BeforeScenario]
    public void Before() { }

    [AfterScenario]
    public void After() { }
}
