using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Reporting.Tests.Support;

/// <summary>
/// Steps for retried scenarios. Call counts live in the run's items, so they outlast each attempt's
/// fresh scope and start at zero in every run.
/// </summary>
[Binding]
public sealed class FlakySteps(TestRunContext run)
{
    public const string Feature = """
        Feature: Retries
          Scenario: flaky
            Given a step that passes on attempt 2
          Scenario: broken
            Given a step that always fails
          Scenario: steady
            Given a step that always passes
        """;

    public const string FailureMessage = "expected the attempt to pass, but it failed";

    [Given("a step that passes on attempt {int}")]
    public void PassesOnAttempt(int attempt)
    {
        var calls = (int)run.Items.AddOrUpdate("calls", 1, (_, count) => (int)count! + 1)!;
        if (calls < attempt) throw new ConformanceFailureException(FailureMessage);
    }

    [Given("a step that always fails")]
    public void AlwaysFails() => throw new ConformanceFailureException(FailureMessage);

    [Given("a step that always passes")]
    public void AlwaysPasses() { }
}
