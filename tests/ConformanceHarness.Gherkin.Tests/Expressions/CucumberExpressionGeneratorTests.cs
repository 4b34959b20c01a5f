using ConformanceHarness.Gherkin.Expressions;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Expressions;

public sealed class CucumberExpressionGeneratorTests
{
    private readonly ParameterTypeRegistry _registry = new();

    private IReadOnlyList<GeneratedExpression> Generate(string text) => new CucumberExpressionGenerator(_registry).Generate(text);

    [Fact]
    public void Generate_IntAndString_BestIsIntThenFloat()
    {
        var generated = Generate("I have 42 cukes and \"x\"");
        Assert.Equal(["I have {int} cukes and {string}", "I have {float} cukes and {string}"], generated.Select(g => g.Source));
        Assert.Equal(["int1", "string1"], generated[0].ParameterNames);
        Assert.Equal([typeof(int), typeof(string)], generated[0].ParameterTypes);
        Assert.Equal([typeof(float), typeof(string)], generated[1].ParameterTypes);
    }

    [Fact]
    public void Generate_CckUndefinedStep_MatchesCckSnippets() =>
        Assert.Equal(["a list of {int} things", "a list of {float} things"], Generate("a list of 8 things").Select(g => g.Source));

    [Fact]
    public void Generate_NoParameters_ReturnsTextOnly()
    {
        var generated = Assert.Single(Generate("a step that is yet to be defined"));
        Assert.Equal("a step that is yet to be defined", generated.Source);
        Assert.Empty(generated.ParameterNames);
    }

    [Fact]
    public void Generate_SameTypeTwice_NumbersParameterNames() =>
        Assert.Equal(["int1", "int2", "string1"], Generate("1 and 2 and 'three'")[0].ParameterNames);

    [Theory]
    [InlineData("I have 3cukes", "I have 3cukes")]
    [InlineData("abc12 x", "abc12 x")]
    [InlineData("it costs $3!", "it costs ${int}!")]
    [InlineData("a 1.5 b", "a {float} b")]
    public void Generate_NumbersNotWholeWords_StayLiteral(string text, string best) =>
        Assert.Equal(best, Generate(text)[0].Source);

    [Fact]
    public void Generate_SpecialCharacters_AreEscapedAndRoundTrip()
    {
        const string text = @"I use (parens) {braces} a/b c\d and 5";
        var best = Generate(text)[0];
        Assert.Equal(@"I use \(parens\) \{braces\} a\/b c\\d and {int}", best.Source);
        var argument = Assert.Single(new CucumberExpression(best.Source, _registry).Match(text)!);
        Assert.Equal("5", argument.Group.Value);
    }

    [Fact]
    public void Generate_CustomSnippetType_OrderedAfterPreferentialThenByName()
    {
        _registry.Define(new ParameterType("count", [@"\d+"], typeof(int), v => int.Parse(v[0]!, System.Globalization.CultureInfo.InvariantCulture)));
        _registry.Define(new ParameterType("hidden", [@"\d+"], typeof(int), v => v[0], useForSnippets: false));
        Assert.Equal(["{int} x", "{count} x", "{float} x"], Generate("8 x").Select(g => g.Source));
    }

    [Fact]
    public void Generate_CustomTypeWithLongerMatch_WinsOverShorterOnes()
    {
        _registry.Define(new ParameterType("flight", ["([A-Z]{3})-([A-Z]{3})"], typeof(string), v => v[0]));
        var best = Assert.Single(Generate("LHR-CDG has been delayed"));
        Assert.Equal("{flight} has been delayed", best.Source);
        Assert.Equal(["flight1"], best.ParameterNames);
    }

    [Fact]
    public void Generate_ManyAmbiguousParameters_CapsAt256() =>
        Assert.Equal(CucumberExpressionGenerator.MaxExpressions, Generate("1 2 3 4 5 6 7 8 9").Count);
}
