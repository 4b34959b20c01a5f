using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.GlobalHooks;

/// <summary>Port of the kit's global-hooks.ts.</summary>
[Binding]
public sealed class GlobalHooksSteps
{
    [BeforeTestRun]
    public static void FirstBeforeAll() { }

    [BeforeTestRun]
    public static void SecondBeforeAll() { }

    [When("a step passes")]
    public void AStepPasses() { }

    [When("a step fails")]
    public void AStepFails() => throw new Exception("Exception in step");

    [AfterTestRun]
    public static void FirstAfterAll() { }

    [AfterTestRun]
    public static void SecondAfterAll() { }
}
