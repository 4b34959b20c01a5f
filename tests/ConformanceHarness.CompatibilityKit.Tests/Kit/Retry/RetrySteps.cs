using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.Retry;

/// <summary>
/// Port of the kit's retry.ts (run with <c>--retry 2</c>). The kit counts calls in module-level variables;
/// each attempt here gets a fresh instance, so the counts live in the run's <see cref="TestRunContext.Items"/>:
/// they outlive an attempt's scope and start again at zero in every run.
/// </summary>
[Binding]
public sealed class RetrySteps(TestRunContext run)
{
    [Given("a step that always passes")]
    public void AStepThatAlwaysPasses() { }

    [Given("a step that passes the second time")]
    public void AStepThatPassesTheSecondTime() => FailUntilCall(2, nameof(AStepThatPassesTheSecondTime));

    [Given("a step that passes the third time")]
    public void AStepThatPassesTheThirdTime() => FailUntilCall(3, nameof(AStepThatPassesTheThirdTime));

    [Given("a step that always fails")]
    public void AStepThatAlwaysFails() => throw new Exception("Exception in step");

    private void FailUntilCall(int passingCall, string step)
    {
        var calls = (int)run.Items.AddOrUpdate($"{nameof(RetrySteps)}.{step}", 1, (_, count) => (int)count! + 1)!;
        if (calls < passingCall) throw new Exception("Exception in step");
    }
}
