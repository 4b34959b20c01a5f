using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tests.Support;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Parsing.Markdown;

/// <summary>Malformed MDG files: errors with line and column, and the other files still run.</summary>
public sealed partial class MarkdownTokenMatcherTests
{
    [Fact]
    public async Task MalformedFile_ReportedWithLineColumn_OtherFilesStillRun()
    {
        var files = new Dictionary<string, string>
        {
            ["broken.feature.md"] = "# Feature: broken\n## Scenario: a\n* Given a step\n## Background: too late\n",
            ["good.feature.md"] = "# Feature: good\n## Scenario: fine\n* Given a step\n",
        };

        var run = await FeatureRun.RunAsync(files, options => options with { BindingTypes = [typeof(Steps)] });

        var error = Assert.Single(run.Result.ParseErrors);
        Assert.Equal(("broken.feature.md", 4, 1), (error.Uri, error.Line, error.Column));
        Assert.Contains("got '## Background: too late'", error.Message);
        Assert.Equal(Outcome.Passed, run.Scenario("fine").Outcome);
    }

    [Fact]
    public void UnclosedFence_ReportedAtEndOfFile()
    {
        var source = Load("# Feature: f\n## Scenario: s\n* Given code:\n  ```\n  never closed\n");

        var error = Assert.Single(source.Errors);
        Assert.Equal(6, error.Line);
        Assert.Contains("unexpected end of file", error.Message);
    }

    [Fact]
    public void Table_InconsistentCellCount_ReportedAtTheRow()
    {
        var source = Load("# Feature: f\n## Scenario: s\n* Given a table\n  | a | b |\n  | 1 |\n");

        var error = Assert.Single(source.Errors);
        Assert.Equal((5, 3, "inconsistent cell count within the table"), (error.Line, error.Column, error.Message));
    }

    [Binding]
    public sealed class Steps
    {
        [Given("a step")]
        public void Step() { }
    }
}
