using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Tables;
using ConformanceHarness.Gherkin.Tests.Support;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Execution;

[Collection(StaticBindingState.Name)]
public sealed class PickleCompilationTests
{
    [Fact]
    public async Task Outline_ExpandsEveryExamplesBlock_WithExampleTagsAndRowLabels()
    {
        var run = await FeatureRun.RunAsync("""
            Feature: Outline
              Scenario Outline: Adding <a> and <b>
                Given the numbers <a> and <b>

                @small
                Examples: small
                  | a | b |
                  | 1 | 2 |
                  | 3 | 4 |

                @large
                Examples:
                  | a   | b   |
                  | 100 | 200 |
            """, typeof(RecordingSteps));

        var cases = run.Result.Scenarios.Select(s => s.TestCase).ToList();
        Assert.Equal(["Adding 1 and 2", "Adding 3 and 4", "Adding 100 and 200"], cases.Select(c => c.Name));
        Assert.Equal(["@small", "@small", "@large"], cases.Select(c => c.Tags.Single()));
        Assert.Equal("Outline › Adding 1 and 2 [small: 1, 2]", cases[0].DisplayName);
        Assert.Equal("Outline › Adding 100 and 200 [100, 200]", cases[2].DisplayName);
    }

    [Fact]
    public async Task BackgroundAndRule_RuleScenarioGetsBothBackgrounds()
    {
        var run = await FeatureRun.RunAsync("""
            Feature: Rules
              Background:
                Given the numbers 1 and 1
              Scenario: outside
                Given the numbers 4 and 4
              Rule: inside
                Background:
                  Given the numbers 2 and 2
                Scenario: ruled
                  Given the numbers 3 and 3
            """, typeof(RecordingSteps));

        Assert.Equal(["1 and 1", "2 and 2", "3 and 3"], StepTexts(run, "ruled"));
        Assert.Equal(["1 and 1", "4 and 4"], StepTexts(run, "outside"));
    }

    [Fact]
    public async Task TablesAndDocStrings_ReachTheStepAsTypedArguments()
    {
        RecordingSteps.Received.Clear();
        var run = await FeatureRun.RunAsync(""""
            Feature: Arguments
              Scenario: both
                Given this table:
                  | name | age |
                  | Ann  | 42  |
                And this text:
                  """text/markdown
                  # Title
                  """
            """", typeof(RecordingSteps));

        Assert.Equal(Outcome.Passed, run.Scenario("both").Outcome);
        Assert.Equal(["table Ann/42", "doc text/markdown # Title"], RecordingSteps.Received);
    }

    [Fact]
    public async Task LanguageComment_SelectsLocalisedKeywords()
    {
        var run = await FeatureRun.RunAsync("""
            # language: de
            Funktionalität: Deutsch
              Szenario: zahlen
                Angenommen the numbers 5 and 6
            """, typeof(RecordingSteps));

        Assert.Equal(Outcome.Passed, run.Scenario("zahlen").Outcome);
    }

    private static IReadOnlyList<string> StepTexts(FeatureRunOutput run, string scenario) =>
        run.Scenario(scenario).TestCase.Steps.Select(s => s.Text.Replace("the numbers ", "")).ToList();

    [Binding]
    public sealed class RecordingSteps
    {
        public static List<string> Received { get; } = [];

        [Given("the numbers {int} and {int}")]
        public void Numbers(int a, int b) => Received.Add($"{a}+{b}");

        [Given("this table:")]
        public void Table(DataTable table) =>
            Received.Add($"table {table.Rows[0]["name"]}/{table.CreateInstance<Person>().Age}");

        [Given("this text:")]
        public void Text(DocString text) => Received.Add($"doc {text.MediaType} {text.Content}");
    }

    public sealed record Person(string Name, int Age);
}
