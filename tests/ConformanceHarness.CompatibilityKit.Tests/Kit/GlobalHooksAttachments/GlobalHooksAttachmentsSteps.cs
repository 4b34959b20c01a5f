using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.GlobalHooksAttachments;

/// <summary>Port of the kit's global-hooks-attachments.ts: test-run hooks attach through TestRunContext.</summary>
[Binding]
public sealed class GlobalHooksAttachmentsSteps
{
    [BeforeTestRun]
    public static void BeforeAll(TestRunContext run) => run.Attach("Attachment from BeforeAll hook", "text/plain");

    [When("a step passes")]
    public void AStepPasses() { }

    [AfterTestRun]
    public static void AfterAll(TestRunContext run) => run.Attach("Attachment from AfterAll hook", "text/plain");
}
