using ConformanceHarness.Gherkin.Expressions;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Expressions;

public sealed class ParameterTypeTests
{
    [Theory]
    [InlineData("a{b")]
    [InlineData("a(b)")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    public void Constructor_NameWithReservedCharacter_Throws(string name)
    {
        var exception = Assert.Throws<CucumberExpressionException>(() => new ParameterType(name, ["x"], typeof(string), v => v[0]));
        Assert.StartsWith($"Illegal character in parameter name {{{name}}}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoRegularExpressions_Throws() =>
        Assert.Throws<CucumberExpressionException>(() => new ParameterType("x", [], typeof(string), v => v[0]));

    [Fact]
    public void Constructor_InvalidRegularExpression_Throws()
    {
        var exception = Assert.Throws<CucumberExpressionException>(() => new ParameterType("x", ["[a-"], typeof(string), v => v[0]));
        Assert.Contains("{x}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_KeepConstructorArgumentsAndRunnerMetadata()
    {
        var type = new ParameterType("flight", ["([A-Z]{3})-([A-Z]{3})"], typeof(string), v => string.Join(">", v),
            useForSnippets: false, preferForRegularExpressionMatch: true)
        {
            Id = "4",
            Origin = typeof(ParameterTypeTests),
        };
        Assert.Equal(("flight", false, true, false), (type.Name, type.UseForSnippets, type.PreferForRegularExpressionMatch, type.IsBuiltIn));
        Assert.Equal(["([A-Z]{3})-([A-Z]{3})"], type.RegularExpressions);
        Assert.Equal(("4", typeof(ParameterTypeTests)), (type.Id, type.Origin));
        Assert.Equal("LHR>CDG", type.Transform(["LHR", "CDG"]));
    }
}
