using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.GlobalHooksAfterallError;

/// <summary>Port of the kit's global-hooks-afterall-error.ts.</summary>
[Binding]
public sealed class GlobalHooksAfterallErrorSteps
{
    [BeforeTestRun]
    public static void FirstBeforeAll() { }

    [BeforeTestRun]
    public static void SecondBeforeAll() { }

    [When("a step passes")]
    public void AStepPasses() { }

    [AfterTestRun]
    public static void FirstAfterAll() { }

    [AfterTestRun]
    public static void FailingAfterAll() => throw new Exception("AfterAll hook went wrong");

    [AfterTestRun]
    public static void ThirdAfterAll() { }
}
