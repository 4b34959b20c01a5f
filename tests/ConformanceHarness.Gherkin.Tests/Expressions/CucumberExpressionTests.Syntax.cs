using ConformanceHarness.Gherkin.Expressions;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Expressions;

public sealed partial class CucumberExpressionTests
{
    [Theory]
    [InlineData(@"three \(blind) mice", "three (blind) mice")]
    [InlineData(@"three \(\(blind) mice", "three ((blind) mice")]
    [InlineData(@"\{int}", "{int}")]
    [InlineData(@"a\/b", "a/b")]
    [InlineData(@"a\\b", @"a\b")]
    [InlineData(@"blind\ mice/rats", "blind mice")]
    [InlineData(")", ")")]
    [InlineData("}", "}")]
    public void Match_EscapedOrUnpairedSpecialCharacters_MatchLiterally(string expression, string text)
    {
        var arguments = Match(expression, text);
        Assert.NotNull(arguments);
        Assert.Empty(arguments);
    }

    [Fact]
    public void Match_EscapedBackslashBeforeOptional_KeepsTheOptional()
    {
        Assert.NotNull(Match(@"a\\(b)", @"a\b"));
        Assert.NotNull(Match(@"a\\(b)", @"a\"));
    }

    [Theory]
    [InlineData("price is $5.00 [approx]*+?|^", true)]
    [InlineData("price is $5X00 [approx]*+?|^", false)]
    [InlineData("price is $500 [approx]*+?|^", false)]
    public void Match_RegexMetacharactersInText_AreLiteral(string text, bool matches) =>
        Assert.Equal(matches, Match("price is $5.00 [approx]*+?|^", text) is not null);

    [Fact]
    public void Match_NonAsciiText_Matches()
    {
        Assert.NotNull(Match("Привет, Мир(ы)!", "Привет, Миры!"));
        Assert.NotNull(Match("🥒 {int} (x)", "🥒 3 x"));
    }

    [Fact]
    public void Regex_IsTheSpecRewriteAnchoredAtBothEnds()
    {
        var expression = new CucumberExpression("I have {int} cuke(s) in my belly/big stomach {string}", _registry);
        Assert.Equal(
            @"^I have ((?:-?\d+)|(?:\d+)) cuke(?:s)? in my (?:belly|big) stomach (""([^""\\]*(\\.[^""\\]*)*)""|'([^'\\]*(\\.[^'\\]*)*)')$",
            expression.Regex.ToString());
        Assert.True(expression.Regex.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.CultureInvariant));
    }

    [Fact]
    public void Properties_ExposeSourceKindAndParameterTypes()
    {
        var expression = new CucumberExpression("{word} and {float}", _registry);
        Assert.Equal("{word} and {float}", expression.Source);
        Assert.Equal(StepExpressionKind.CucumberExpression, expression.Kind);
        Assert.Equal(["word", "float"], expression.ParameterTypes.Select(t => t.Name));
    }

    [Fact]
    public void Match_EmptyExpression_MatchesOnlyEmptyText()
    {
        Assert.NotNull(Match(string.Empty, string.Empty));
        Assert.Null(Match(string.Empty, " "));
    }

    [Fact]
    public void Match_CustomParameterTypeWithGroups_HasCckFlightGroupTree()
    {
        _registry.Define(new ParameterType("flight", ["([A-Z]{3})-([A-Z]{3})"], typeof(string[]), v => v));
        var arguments = Match("{flight} has been delayed", "LHR-CDG has been delayed");
        GroupJson.AssertEqual(
            """[{"group":{"start":0,"value":"LHR-CDG","children":[{"start":0,"value":"LHR"},{"start":4,"value":"CDG"}]},"parameterTypeName":"flight"}]""",
            arguments);
        Assert.Equal<IEnumerable<string?>>(["LHR", "CDG"], (string?[])arguments![0].GetValue(typeof(string[]), System.Globalization.CultureInfo.InvariantCulture)!);
    }

    [Fact]
    public void Match_CustomParameterTypeWithSeveralRegexes_MatchesAnyOfThem()
    {
        _registry.Define(new ParameterType("color", ["red|blue", "dark (green)"], typeof(string), v => v[0]));
        var expression = new CucumberExpression("a {color} ball", _registry);
        Assert.Equal(@"^a ((?:red|blue)|(?:dark (green))) ball$", expression.Regex.ToString());
        Assert.Equal("blue", expression.Match("a blue ball")![0].Group.Value);
        var dark = expression.Match("a dark green ball")![0];
        Assert.Equal(new StepArgumentGroup(7, "green", []), Assert.Single(dark.Group.Children));
    }

    // Cases from the cucumber-expressions testdata/cucumber-expression/transformation folder.
    [Theory]
    [InlineData("a/b c/d/e", "^(?:a|b) (?:c|d|e)$")]
    [InlineData("a/b(c)", "^(?:a|b(?:c)?)$")]
    [InlineData("{int}", @"^((?:-?\d+)|(?:\d+))$")]
    [InlineData("Привет, Мир(ы)!", "^Привет, Мир(?:ы)?!$")]
    [InlineData(@"^$[]\(\){}\\.|?*+", @"^\^\$\[\]\(\)(.*)\\\.\|\?\*\+$")]
    public void Regex_SpecTransformations_ProduceSpecRegex(string expression, string expectedRegex) =>
        Assert.Equal(expectedRegex, new CucumberExpression(expression, _registry).Regex.ToString());

    // Cases from the cucumber-expressions testdata/cucumber-expression/matching folder.
    [Theory]
    [InlineData("a/i{int}n/y", "i18n", "18")]
    [InlineData("I wait {int} second(s)./second(s)?", "I wait 1 second.", "1")]
    [InlineData("I wait {int} second(s)./second(s)?", "I wait 2 seconds?", "2")]
    [InlineData(@"12\\/2020", "2020", null)]
    [InlineData(@"12\\/2020", @"12\", null)]
    public void Match_SpecMatchingExamples_ReturnExpectedArgument(string expression, string text, string? expected)
    {
        var arguments = Match(expression, text);
        Assert.NotNull(arguments);
        Assert.Equal(expected, arguments.SingleOrDefault()?.Group.Value);
    }
}
