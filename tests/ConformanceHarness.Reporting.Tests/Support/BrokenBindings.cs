using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Reporting.Tests.Support;

/// <summary>A binding error (an instance test-run hook) and a step whose message XML cannot carry as is.</summary>
[Binding]
public sealed class BrokenBindings
{
    public const string HostileMessage = "bad \u0001\u0008 bytes ]]> <tag attr=\"x\"> & \uD800 lone \u001b[31mred\u001b[0m 😀";

    [BeforeTestRun]
    public void NotStatic() { }

    [Then("a step fails with a hostile message")]
    public void Hostile() => throw new ConformanceFailureException(HostileMessage);
}
