using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tests.Support;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Execution;

public sealed class SelectionTests
{
    private const string Feature = """
        Feature: Selection
          @fhir
          Scenario: fhir only
            Given a step
          @fhir @slow
          Scenario: slow fhir
            Given a step
          @dicom @wip
          Scenario: dicom work
            Given a step
          Scenario: untagged
            Given a step
        """;

    [Theory]
    [InlineData("@fhir and not (@slow or @wip)", "fhir only")]
    [InlineData("@fhir and not @slow or @dicom", "fhir only,dicom work")]
    [InlineData("not @fhir and not @dicom", "untagged")]
    [InlineData("@fhir or @dicom and @wip", "fhir only,slow fhir,dicom work")]
    public async Task TagExpression_SelectsScenarios_WithPrecedenceAndParentheses(string tags, string expected)
    {
        var run = await Run(options => options with { TagExpression = tags });

        Assert.Equal(expected.Split(','), run.Result.Scenarios.Select(s => s.TestCase.Name));
    }

    [Fact]
    public async Task NameFilter_IsARegularExpression()
    {
        var run = await Run(options => options with { NameFilter = "^(fhir|untag)" });

        Assert.Equal(["fhir only", "untagged"], run.Result.Scenarios.Select(s => s.TestCase.Name));
    }

    [Fact]
    public async Task FileLineFilter_SelectsTheScenarioOnThatLine()
    {
        var run = await Run(options => options with { Paths = ["test.feature:6"] });

        Assert.Equal("slow fhir", Assert.Single(run.Result.Scenarios).TestCase.Name);
    }

    [Fact]
    public async Task NothingSelected_ExitCodeIsTwo()
    {
        var run = await Run(options => options with { TagExpression = "@nonexistent" });

        Assert.Empty(run.Result.Scenarios);
        Assert.Equal(2, run.Result.ExitCode);
    }

    [Theory]
    [InlineData("@a and or @b", "invalid tag expression")]
    [InlineData("(@a", "invalid tag expression")]
    public async Task MalformedTagExpression_IsAConfigurationError(string tags, string message)
    {
        var error = await Assert.ThrowsAsync<RunConfigurationException>(() => Run(options => options with { TagExpression = tags }));

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public async Task MissingPath_IsAConfigurationErrorNamingThePath()
    {
        var error = await Assert.ThrowsAsync<RunConfigurationException>(() => Run(options => options with { Paths = ["nowhere/x.feature"] }));

        Assert.Contains("'nowhere/x.feature' does not exist", error.Message);
    }

    private static Task<FeatureRunOutput> Run(Func<RunOptions, RunOptions> configure) =>
        FeatureRun.RunAsync(new Dictionary<string, string> { ["test.feature"] = Feature },
            options => configure(options with { BindingTypes = [typeof(Steps)], SkipTags = [] }));

    [Binding]
    public sealed class Steps
    {
        [Given("a step")]
        public void Step() { }
    }
}
