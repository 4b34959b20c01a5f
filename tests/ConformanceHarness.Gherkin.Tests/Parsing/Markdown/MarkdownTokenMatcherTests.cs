using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Parsing;
using Io.Cucumber.Messages.Types;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Parsing.Markdown;

/// <summary>
/// The MDG token matcher through <see cref="FeatureLoader"/>: the Cucumber Messages document of a
/// <c>.feature.md</c> text, with the locations the reference JavaScript matcher gives.
/// </summary>
public sealed partial class MarkdownTokenMatcherTests
{
    [Theory]
    [InlineData("#", 3)]
    [InlineData("##", 4)]
    [InlineData("###", 5)]
    [InlineData("######", 8)]
    public void ScenarioHeading_AnyLevel_KeywordColumnFollowsHashes(string hashes, int column)
    {
        var feature = Parse($"# Feature: f\n\n{hashes} Scenario: s\n\n* Given a step\n");

        var scenario = Assert.Single(feature.Children).Scenario;
        Assert.Equal(("Scenario", "s", 3, column), (scenario.Keyword, scenario.Name, scenario.Location.Line, scenario.Location.Column));
    }

    [Fact]
    public void Headings_EveryKeyword_GiveFeatureRuleBackgroundOutlineExamples()
    {
        var feature = Parse("# Feature: f\n## Rule: r\n### Background: b\n* Given a\n### Scenario Outline: o\n* Given <x>\n#### Examples: e\n  | x |\n  | 1 |\n");

        var rule = Assert.Single(feature.Children).Rule;
        var outline = rule.Children[1].Scenario;
        Assert.Equal(("Feature", "Rule", "Background"), (feature.Keyword, rule.Keyword, rule.Children[0].Background.Keyword));
        Assert.Equal(("Scenario Outline", "Examples"), (outline.Keyword, Assert.Single(outline.Examples).Keyword));
    }

    [Fact]
    public void Heading_SevenHashes_IsNotAScenario()
    {
        var feature = Parse("# Feature: f\n\n####### Scenario: s\n");

        Assert.Empty(feature.Children);
    }

    [Theory]
    [InlineData('*')]
    [InlineData('-')]
    [InlineData('+')]
    public void ListItem_EachBullet_IsAStepAfterTheBullet(char bullet)
    {
        var feature = Parse($"# Feature: f\n## Scenario: s\n{bullet} Given a step\n{bullet} And another\n");

        var steps = Assert.Single(feature.Children).Scenario.Steps;
        Assert.Equal(("Given ", "a step", 3, 3), (steps[0].Keyword, steps[0].Text, steps[0].Location.Line, steps[0].Location.Column));
        Assert.Equal((StepKeywordType.CONTEXT, StepKeywordType.CONJUNCTION), (steps[0].KeywordType, steps[1].KeywordType));
    }

    [Fact]
    public void ListItem_WithoutStepKeyword_IsIgnored()
    {
        var feature = Parse("# Feature: f\n## Scenario: s\n* Given a step\n* a plain bullet\n* Then done\n");

        var steps = Assert.Single(feature.Children).Scenario.Steps;
        Assert.Equal(["a step", "done"], steps.Select(step => step.Text));
    }

    [Fact]
    public void CodeSpanTags_BeforeScenario_AreTagsAtTheAtSign()
    {
        var feature = Parse("# Feature: f\n\n`@smoke` and `@RAD-8`\n## Scenario: s\n* Given a step\n");

        var tags = Assert.Single(feature.Children).Scenario.Tags;
        Assert.Equal([("@smoke", 3, 2), ("@RAD-8", 3, 15)], tags.Select(tag => (tag.Name, tag.Location.Line, tag.Location.Column)));
    }

    [Fact]
    public void Prose_BetweenHeadingsAndSteps_IsIgnored()
    {
        var feature = Parse("# Feature: f\n\nSome *prose*.\n\n## Scenario: s\n\nMore prose.\n\n* Given a step\n\nEven more.\n");

        var scenario = Assert.Single(feature.Children).Scenario;
        Assert.Equal(("", ""), (feature.Description, scenario.Description));
        Assert.Equal("a step", Assert.Single(scenario.Steps).Text);
    }

    [Fact]
    public void Prose_AfterATableSeparatorRow_IsTheDescription()
    {
        var feature = Parse("# Feature: f\n\n| a |\n| - |\n| kept as description |\n\n## Scenario: s\n");

        Assert.Equal("| kept as description |", feature.Description);
    }

    [Fact]
    public void FirstLine_WithoutFeatureHeading_IsTheFeatureLine()
    {
        var feature = Parse("Cheese\n\n## Scenario: s\n* Given a step\n");

        Assert.Equal(("", "Cheese", 1, 1), (feature.Keyword, feature.Name, feature.Location.Line, feature.Location.Column));
    }

    private static Feature Parse(string markdown)
    {
        var source = Load(markdown);
        Assert.Empty(source.Errors);
        return source.Document!.Feature;
    }

    private static FeatureSource Load(string markdown) =>
        new FeatureLoader(new SynchronizedIdGenerator()).LoadText("test.feature.md", "/features/test.feature.md", markdown);
}
