using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Cli.Tests.TestBindings;

/// <summary>Steps the CLI tests' feature files use; loaded through <c>--bindings</c> with this assembly's path.</summary>
[Binding]
public sealed class CliTestSteps
{
    [Given("a passing step")]
    public void GivenAPassingStep()
    {
    }

    [Then("the server answers {int}")]
    public void ThenTheServerAnswers(int status)
    {
        if (status != 200) throw new ConformanceFailureException($"expected 200, but received {status}");
    }

    [When("the step waits for cancellation of run {string}")]
    public Task WhenTheStepWaitsForCancellation(string run, CancellationToken cancellation)
    {
        CancellationSignals.Started(run);
        return Task.Delay(Timeout.Infinite, cancellation);
    }
}
