using System.Text;
using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Reporting.Tests.Support;

/// <summary>One step per outcome, plus attachments, for driving real runs in the writer tests.</summary>
[Binding]
public sealed class StatusSteps(ScenarioContext scenario)
{
    public const string FailureMessage = "expected 200, but received 500";
    public const string ErrorMessage = "the driver crashed";

    [Given("a passing step")]
    [When("a passing step")]
    [Then("a passing step")]
    public void Passing() { }

    [Given("there are {int} cukes")]
    public void Cukes(int count) => Assert.True(count >= 0);

    [Then("a failing step")]
    public void Failing() => throw new ConformanceFailureException(FailureMessage);

    [Then("a broken step")]
    public void Broken() => throw new InvalidOperationException(ErrorMessage);

    [Then("a pending step")]
    public void Pending() => throw new PendingStepException();

    [Then("a skipping step")]
    public void Skipping() => throw new SkipException("no peer configured");

    [When("a step fails with {string}")]
    public void FailsWith(string message) => throw new ConformanceFailureException(message);

    [When("the text {string} is attached")]
    public void AttachText(string text) => scenario.Attach(text, "text/plain", "note.txt");

    [When("some bytes are attached")]
    public void AttachBytes() => scenario.Attach(Encoding.UTF8.GetBytes("bytes"), "application/octet-stream");

    [When("a message is logged")]
    public void LogMessage() => scenario.Log("logged line");

    [Given("^an ambiguous (.*)$")]
    public void AmbiguousFirst(string what) => Assert.NotNull(what);

    [Given("^(.*) ambiguous step$")]
    public void AmbiguousSecond(string what) => Assert.NotNull(what);

    [Given("^a regex with (\\d+)(?: and (\\d+))?$")]
    public void OptionalGroup(string first, string? second) => Assert.NotNull(first);
}
