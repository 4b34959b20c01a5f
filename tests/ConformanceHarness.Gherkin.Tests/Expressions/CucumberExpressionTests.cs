using System.Globalization;
using System.Numerics;
using ConformanceHarness.Gherkin.Expressions;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Expressions;

public sealed partial class CucumberExpressionTests
{
    private readonly ParameterTypeRegistry _registry = new();

    private IReadOnlyList<StepArgument>? Match(string expression, string text) =>
        new CucumberExpression(expression, _registry).Match(text);

    private object? SingleValue(string expression, string text)
    {
        var arguments = Match(expression, text);
        Assert.NotNull(arguments);
        var argument = Assert.Single(arguments);
        return argument.ParameterType!.Transform(argument.GroupValues);
    }

    [Fact]
    public void Match_PlainText_ReturnsEmptyArgumentsOrNull()
    {
        Assert.Empty(Match("I have cukes", "I have cukes")!);
        Assert.Null(Match("I have cukes", "I have no cukes"));
    }

    [Theory]
    [InlineData("have {int} cukes", "I have 3 cukes")]
    [InlineData("I have {int} cukes", "I have 3 cukes today")]
    [InlineData("I have {int} cukes", "I have 3 cukes\n")]
    public void Match_TextLongerThanExpression_ReturnsNull(string expression, string text) =>
        Assert.Null(Match(expression, text));

    [Fact]
    public void Match_IntParameter_ReturnsOffsetValueAndTransformedInt()
    {
        var argument = Assert.Single(Match("I have {int} cukes", "I have -42 cukes")!);
        Assert.Equal(7, argument.Group.Start);
        Assert.Equal("-42", argument.Group.Value);
        Assert.Empty(argument.Group.Children);
        Assert.Equal("int", argument.ParameterType!.Name);
        Assert.Equal(-42, argument.GetValue(typeof(int), CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("{int}", "1.22")]
    [InlineData("{int}", "-")]
    [InlineData("{double}", "-")]
    [InlineData("{float}", "")]
    [InlineData("{word}", "three blind")]
    [InlineData("three {string} mice", "three \"blind' mice")]
    public void Match_TextNotOfParameterType_ReturnsNull(string expression, string text) =>
        Assert.Null(Match(expression, text));

    [Theory]
    [InlineData("3.6", 3.6f)]
    [InlineData(".8", 0.8f)]
    [InlineData("-9.2", -9.2f)]
    [InlineData("+1.5E+3", 1500f)]
    [InlineData("1.22E-2", 0.0122f)]
    [InlineData("42", 42f)]
    public void Match_Float_ParsesSpecExamples(string text, float expected) =>
        Assert.Equal(expected, SingleValue("{float}", text));

    public static TheoryData<string, string, object> BuiltInValues => new()
    {
        { "{double}", "1.5", 1.5d },
        { "{bigdecimal}", "3.1415926535897932384626433832", 3.1415926535897932384626433832m },
        { "{biginteger}", "12345678901234567890", BigInteger.Parse("12345678901234567890", CultureInfo.InvariantCulture) },
        { "{long}", "-9000000000", -9000000000L },
        { "{short}", "-1234", (short)-1234 },
        { "{byte}", "-12", (sbyte)-12 },
        { "{word}", "blind", "blind" },
        { "{}", "0xCAFE beef", "0xCAFE beef" },
        { "{string}", "\"\"", string.Empty },
        { "{string}", "''", string.Empty },
        { "{string}", "'single'", "single" },
        { "{string}", "\"with \\\"escaped\\\" quotes\"", "with \"escaped\" quotes" },
        { "{string}", "'it\\'s'", "it's" },
    };

    [Theory]
    [MemberData(nameof(BuiltInValues))]
    public void Match_BuiltInParameterType_TransformsToItsValueType(string expression, string text, object expected)
    {
        var value = SingleValue(expression, text);
        Assert.Equal(expected, value);
        Assert.IsType(expected.GetType(), value);
    }

    [Fact]
    public void Match_TwoStrings_ReturnsBothInOrder()
    {
        var arguments = Match("three {string} and {string} mice", "three \"blind\" and 'crippled' mice")!;
        Assert.Equal(["blind", "crippled"], arguments.Select(a => a.ParameterType!.Transform(a.GroupValues)));
        Assert.Equal([6, 18], arguments.Select(a => a.Group.Start));
    }

    [Theory]
    [InlineData("I have 1 cucumber", true)]
    [InlineData("I have 2 cucumbers", true)]
    [InlineData("I have 2 cucumberss", false)]
    public void Match_OptionalText_IsOptional(string text, bool matches) =>
        Assert.Equal(matches, Match("I have {int} cucumber(s)", text) is not null);

    [Theory]
    [InlineData("I have 3 cucumbers in my belly", true)]
    [InlineData("I have 3 cucumbers in my stomach", true)]
    [InlineData("I have 3 cucumbers in my mouth", false)]
    [InlineData("I have 3 cucumbers in my belly/stomach", false)]
    public void Match_Alternation_MatchesEachAlternative(string text, bool matches) =>
        Assert.Equal(matches, Match("I have {int} cucumber(s) in my belly/stomach", text) is not null);

    [Theory]
    [InlineData("3 rats", true)]
    [InlineData("1 rat", true)]
    [InlineData("2 mice", true)]
    [InlineData("1 mouse", true)]
    [InlineData("2 mouses", false)]
    public void Match_OptionalInsideAlternation_Matches(string text, bool matches) =>
        Assert.Equal(matches, Match("{int} rat(s)/mouse/mice", text) is not null);

    [Theory]
    [InlineData("1st", true)]
    [InlineData("22nd", true)]
    [InlineData("3x", false)]
    public void Match_AlternationAdjacentToParameter_IsBoundedByTheBrace(string text, bool matches) =>
        Assert.Equal(matches, Match("{int}st/nd/rd/th", text) is not null);

    [Theory]
    [InlineData("a c", true)]
    [InlineData("b c", true)]
    [InlineData("a/b c", false)]
    [InlineData("b", false)]
    public void Match_Alternation_IsBoundedByWhitespace(string text, bool matches) =>
        Assert.Equal(matches, Match("a/b c", text) is not null);
}
