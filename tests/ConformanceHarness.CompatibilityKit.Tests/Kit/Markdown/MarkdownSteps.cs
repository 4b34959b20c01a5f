using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tables;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.Markdown;

/// <summary>Port of the kit's markdown.ts.</summary>
[Binding]
public sealed class MarkdownSteps(ScenarioContext scenario)
{
    [Given("some TypeScript code:")]
    public void SomeTypeScriptCode(string code) => NodeAssert.Ok(code);

    [Given("some classic Gherkin:")]
    public void SomeClassicGherkin(string gherkin) => NodeAssert.Ok(gherkin);

    [When("we use a data table and attach something and then {word}")]
    public void WeUseADataTableAndAttachSomethingAndThen(string word, DataTable dataTable)
    {
        NodeAssert.Ok(dataTable);
        scenario.Log($"We are logging some plain text ({word})");
        if (word == "fail") throw new Exception("You asked me to fail");
    }

    [Then("this might or might not run")]
    public void ThisMightOrMightNotRun() { }
}
