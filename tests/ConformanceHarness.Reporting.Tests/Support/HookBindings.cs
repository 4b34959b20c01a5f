using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Reporting.Tests.Support;

/// <summary>Hooks of every kind, so the glue and test-case messages have hooks to describe.</summary>
[Binding]
public sealed class HookBindings
{
    [BeforeTestRun]
    public static void StartRun() { }

    [AfterTestRun]
    public static void EndRun() { }

    [BeforeFeature]
    public static void StartFeature() { }

    [BeforeScenario(Name = "open the session")]
    public void OpenSession() { }

    [AfterScenario("@tagged")]
    public void CloseTagged(ScenarioContext scenario) => scenario.Log("closing " + scenario.Title);

    [BeforeStep]
    public void BeforeEachStep() { }
}
