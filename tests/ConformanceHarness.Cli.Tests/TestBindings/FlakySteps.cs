using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Cli.Tests.TestBindings;

/// <summary>A step that fails until a given call; the count lives in the run's items, so it outlasts each attempt's scope.</summary>
[Binding]
public sealed class FlakySteps(TestRunContext run)
{
    [Given("a step that passes on attempt {int}")]
    public void GivenAStepThatPassesOnAttempt(int attempt)
    {
        var calls = (int)run.Items.AddOrUpdate("calls", 1, (_, count) => (int)count! + 1)!;
        if (calls < attempt) throw new ConformanceFailureException($"expected a pass, but call {calls} failed");
    }
}
