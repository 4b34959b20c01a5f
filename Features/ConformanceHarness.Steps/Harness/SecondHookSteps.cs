using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.Steps.Harness;

/// <summary>A second binding class sharing the scenario's <see cref="HookLog"/> through injection.</summary>
[Binding]
public sealed class SecondHookSteps(HookLog log)
{
    [When("the shared counter is incremented by the second binding class")]
    public void WhenIncrementedBySecond() => log.SharedCounter++;
}
