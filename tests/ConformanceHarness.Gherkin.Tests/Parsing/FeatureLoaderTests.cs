using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Parsing;
using ConformanceHarness.Gherkin.Tests.Support;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Parsing;

public sealed class FeatureLoaderTests
{
    [Fact]
    public async Task SyntaxError_ReportedWithFileLineColumn_OtherFilesStillRun()
    {
        var files = new Dictionary<string, string>
        {
            ["broken.feature"] = "Feature: broken\n  Scenario: a\n    Given a step\n  This line is not Gherkin\n    | a |\n",
            ["good.feature"] = "Feature: good\n  Scenario: fine\n    Given a step\n",
        };

        var run = await FeatureRun.RunAsync(files, options => options with { BindingTypes = [typeof(Steps)] });

        var error = Assert.Single(run.Result.ParseErrors);
        Assert.Equal(("broken.feature", 4, 3), (error.Uri, error.Line, error.Column));
        Assert.StartsWith("broken.feature:4:3: expected:", error.ToString());
        Assert.Equal(Outcome.Passed, run.Scenario("fine").Outcome);
        Assert.Equal(2, run.Result.ExitCode);
    }

    [Fact]
    public async Task Glob_ExpandsRecursively()
    {
        var files = new Dictionary<string, string>
        {
            ["a.feature"] = "Feature: a\n  Scenario: top\n    Given a step\n",
            ["notes.txt"] = "not a feature",
        };

        var run = await FeatureRun.RunAsync(files, options => options with { Paths = ["**/*.feature"], BindingTypes = [typeof(Steps)] });

        Assert.Equal("top", Assert.Single(run.Result.Scenarios).TestCase.Name);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("**/*.feature.md")]
    public async Task MarkdownFeature_FolderOrGlob_IsLoadedAsMarkdown(string path)
    {
        var files = new Dictionary<string, string>
        {
            ["cheese.feature.md"] = "# Feature: cheese\n## Scenario: from markdown\n* Given a step\n",
            ["README.md"] = "# Feature: not a feature file\n## Scenario: ignored\n* Given a step\n",
        };

        var run = await FeatureRun.RunAsync(files, options => options with { Paths = [path], BindingTypes = [typeof(Steps)] });

        var loaded = Assert.Single(run.Of<FeatureSourceLoaded>()).Feature;
        Assert.Equal(("cheese.feature.md", FeatureFormat.Markdown), (loaded.Uri, loaded.Format));
        Assert.Equal("from markdown", Assert.Single(run.Result.Scenarios).TestCase.Name);
    }

    [Binding]
    public sealed class Steps
    {
        [Given("a step")]
        public void Step() { }
    }
}
