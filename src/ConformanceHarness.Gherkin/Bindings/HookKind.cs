namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>The hook points of a run, in the order they nest.</summary>
public enum HookKind
{
    BeforeTestRun,
    AfterTestRun,
    BeforeFeature,
    AfterFeature,
    BeforeScenario,
    AfterScenario,
    BeforeStep,
    AfterStep,
}
