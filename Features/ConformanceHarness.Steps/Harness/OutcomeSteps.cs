using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Steps.Harness;

/// <summary>Steps that end in each non-passing outcome, for Features/Harness/Outcomes.feature.</summary>
[Binding]
public sealed class OutcomeSteps
{
    [When("the harness itself breaks")]
    public void WhenTheHarnessBreaks() => throw new InvalidOperationException("the harness broke on purpose");

    [When("the basket is shaken")]
    public void WhenTheBasketIsShaken() { }

    [When("the basket is {word}")]
    public void WhenTheBasketIs(string verb) { }

    [When("the checkout is implemented")]
    public void WhenTheCheckoutIsImplemented() => throw new PendingStepException();

    [When("the payment terminal is not configured")]
    public void WhenNoPaymentTerminal() => throw new SkipException("no payment terminal is configured for this run");

    [When("the scale takes {int} seconds to answer")]
    [StepTimeout(200)]
    public Task WhenTheScaleIsSlow(int seconds, CancellationToken cancellation) => Task.Delay(TimeSpan.FromSeconds(seconds), cancellation);
}
