using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.GlobalHooksBeforeallError;

/// <summary>Port of the kit's global-hooks-beforeall-error.ts.</summary>
[Binding]
public sealed class GlobalHooksBeforeallErrorSteps
{
    [BeforeTestRun]
    public static void FirstBeforeAll() { }

    [BeforeTestRun]
    public static void FailingBeforeAll() => throw new Exception("BeforeAll hook went wrong");

    [BeforeTestRun]
    public static void ThirdBeforeAll() { }

    [When("a step passes")]
    public void AStepPasses() { }

    [AfterTestRun]
    public static void FirstAfterAll() { }

    [AfterTestRun]
    public static void SecondAfterAll() { }
}
