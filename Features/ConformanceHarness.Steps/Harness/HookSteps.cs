using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.Steps.Harness;

/// <summary>Hooks with Order and tag expressions, and steps that read what they did.</summary>
[Binding]
public sealed class HookSteps(HookLog log)
{
    [BeforeScenario("@hooks", Order = 2)]
    public void SecondBefore() => log.Entries.Add("before-2");

    [BeforeScenario("@hooks", Order = 1)]
    public void FirstBefore() => log.Entries.Add("before-1");

    [BeforeScenario("@hooks and @audited", Order = 3)]
    public void Audited() => log.Entries.Add("audited");

    [BeforeStep("@hooks")]
    public void CountStep() => log.StepsSeen++;

    [Then("the hook log is {string}")]
    public void ThenTheHookLogIs(string expected) => Expect.Equal(expected, string.Join(", ", log.Entries), "hook log");

    [When("the shared counter is incremented by the first binding class")]
    public void WhenIncrementedByFirst() => log.SharedCounter++;

    [Then("the shared counter is {int}")]
    public void ThenTheSharedCounterIs(int expected) => Expect.Equal(expected, log.SharedCounter, "shared counter");

    [Then("the step hook has seen {int} steps")]
    public void ThenTheStepHookHasSeen(int expected) => Expect.Equal(expected, log.StepsSeen, "steps seen by the BeforeStep hook");
}
