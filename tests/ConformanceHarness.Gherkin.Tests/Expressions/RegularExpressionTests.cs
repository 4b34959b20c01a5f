using System.Globalization;
using ConformanceHarness.Gherkin.Expressions;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Expressions;

public sealed class RegularExpressionTests
{
    private const string CckPattern = "^a (.*?)(?: and a (.*?))?(?: and a (.*?))?$";
    private readonly ParameterTypeRegistry _registry = new();

    private IReadOnlyList<StepArgument>? Match(string pattern, string text) =>
        new RegularExpression(pattern, _registry).Match(text);

    // Expected JSON copied from @cucumber/compatibility-kit 30.0.0 features/regular-expression.
    [Theory]
    [InlineData("a cucumber", """[{"group":{"start":2,"value":"cucumber"}},{"group":{}},{"group":{}}]""")]
    [InlineData("a cucumber and a zucchini", """[{"group":{"start":2,"value":"cucumber"}},{"group":{"start":17,"value":"zucchini"}},{"group":{}}]""")]
    [InlineData("a cucumber and a zucchini and a gourd", """[{"group":{"start":2,"value":"cucumber"}},{"group":{"start":17,"value":"zucchini"}},{"group":{"start":32,"value":"gourd"}}]""")]
    public void Match_CckRegularExpression_EqualsCckStepMatchArguments(string text, string expectedJson) =>
        GroupJson.AssertEqual(expectedJson, Match(CckPattern, text));

    [Fact]
    public void Match_NonParticipatingGroup_HasNullStartAndValueAndNoParameterType()
    {
        var arguments = Match(CckPattern, "a cucumber")!;
        Assert.Equal(new StepArgumentGroup(null, null, []), arguments[2].Group);
        Assert.All(arguments, a => Assert.Null(a.ParameterType));
        Assert.Null(arguments[2].GetValue(typeof(string), CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(@"I have (\d+)", "I have 3", true)]
    [InlineData(@"I have (\d+)", "I have 3 cukes", false)]
    [InlineData(@"cukes", "I have cukes", false)]
    [InlineData(@"one|two", "one two", false)]
    [InlineData(@"one|two", "two", true)]
    [InlineData(@"^one$", "one", true)]
    public void Match_PatternWithOrWithoutAnchors_MustMatchWholeText(string pattern, string text, bool matches) =>
        Assert.Equal(matches, Match(pattern, text) is not null);

    [Fact]
    public void Properties_SourceIsOriginalAndRegexIsAnchored()
    {
        var expression = new RegularExpression("one|two", _registry);
        Assert.Equal("one|two", expression.Source);
        Assert.Equal(StepExpressionKind.RegularExpression, expression.Kind);
        Assert.Equal("^(?:one|two)$", expression.Regex.ToString());
    }

    [Fact]
    public void Match_NestedGroups_AreChildrenAndNonCapturingOrLookaroundAreNot()
    {
        var arguments = Match(@"(\w+)@((\w+)\.(?:com|org))(?=!)(?<!x)!", "me@site.org!")!;
        Assert.Equal(2, arguments.Count);
        Assert.Equal(new StepArgumentGroup(0, "me", []), arguments[0].Group);
        Assert.Equal(new StepArgumentGroup(3, "site.org", [new StepArgumentGroup(3, "site", [])]), arguments[1].Group);
    }

    [Fact]
    public void Match_NamedGroups_KeepSourceOrder()
    {
        var arguments = Match(@"(?<user>\w+)@(\w+)\.(?'tld'\w+)", "me@site.org")!;
        Assert.Equal(["me", "site", "org"], arguments.Select(a => a.Group.Value));
        Assert.Equal([0, 3, 8], arguments.Select(a => a.Group.Start));
    }

    [Theory]
    [InlineData(@"([)(])x(\d)", ")x5", ")", "5")]
    [InlineData(@"([]()])x(\d)", "(x5", "(", "5")]
    [InlineData(@"\((\d+)\)(\w)", "(42)z", "42", "z")]
    [InlineData(@"[\]](\d)(a)", "]7a", "7", "a")]
    public void Match_ParenthesesInClassesOrEscaped_AreNotGroups(string pattern, string text, string first, string second)
    {
        var arguments = Match(pattern, text)!;
        Assert.Equal([first, second], arguments.Select(a => a.Group.Value));
    }

    [Fact]
    public void GetValue_RegexArgument_UsesStepValueConverterWithCulture()
    {
        var argument = Assert.Single(Match(@"it costs (\S+)", "it costs 1,5")!);
        Assert.Equal(1.5d, argument.GetValue(typeof(double), new CultureInfo("de-DE")));
    }

    [Fact]
    public void Constructor_InvalidPattern_ThrowsCucumberExpressionException()
    {
        var exception = Assert.Throws<CucumberExpressionException>(() => new RegularExpression("a(b", _registry));
        Assert.Contains("'a(b'", exception.Message, StringComparison.Ordinal);
    }
}
