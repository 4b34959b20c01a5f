using ConformanceHarness.Gherkin.Expressions;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Expressions;

public sealed partial class CucumberExpressionTests
{
    private const string Header = "This Cucumber Expression has a problem at column ";

    public static TheoryData<string, string> SyntaxErrors => new()
    {
        { "three () mice", "7:\n\nthree () mice\n      ^^\nAn optional must contain some text.\nIf you did not mean to use an optional you can use '\\(' to escape the '('" },
        { "({int})", "2:\n\n({int})\n ^---^\nAn optional may not contain a parameter type.\nIf you did not mean to use an parameter type you can use '\\{' to escape the '{'" },
        { "(a(b))", "3:\n\n(a(b))\n  ^-^\nAn optional may not contain an other optional.\nIf you did not mean to use an optional type you can use '\\(' to escape the '('. For more complicated expressions consider using a regular expression instead." },
        { "three( brown/black) mice", "13:\n\nthree( brown/black) mice\n            ^\nAn alternation can not be used inside an optional.\nYou can use '\\/' to escape the '/'" },
        { "three brown//black mice", "13:\n\nthree brown//black mice\n            ^\nAlternative may not be empty.\nIf you did not mean to use an alternative you can use '\\/' to escape the '/'" },
        { "{int}/x", "6:\n\n{int}/x\n     ^\nAlternative may not be empty.\nIf you did not mean to use an alternative you can use '\\/' to escape the '/'" },
        { "x/{int}", "3:\n\nx/{int}\n  ^\nAlternative may not be empty.\nIf you did not mean to use an alternative you can use '\\/' to escape the '/'" },
        { "three (brown)/black mice", "7:\n\nthree (brown)/black mice\n      ^-----^\nAn alternative may not exclusively contain optionals.\nIf you did not mean to use an optional you can use '\\(' to escape the '('" },
        { "{(string)}", "2:\n\n{(string)}\n ^\nParameter names may not contain '{', '}', '(', ')', '\\' or '/'.\nDid you mean to use a regular expression?" },
        { "{string", "1:\n\n{string\n^\nThe '{' does not have a matching '}'.\nIf you did not intend to use a parameter you can use '\\{' to escape the a parameter" },
        { "(", "1:\n\n(\n^\nThe '(' does not have a matching ')'.\nIf you did not intend to use optional text you can use '\\(' to escape the optional text" },
        { "three blind\\ mice/rats(", "23:\n\nthree blind\\ mice/rats(\n                      ^\nThe '(' does not have a matching ')'.\nIf you did not intend to use optional text you can use '\\(' to escape the optional text" },
        { "\\", "1:\n\n\\\n^\nThe end of line can not be escaped.\nYou can use '\\\\' to escape the '\\'" },
        { "\\[", "2:\n\n\\[\n ^\nOnly the characters '{', '}', '(', ')', '\\', '/' and whitespace can be escaped.\nIf you did mean to use an '\\' you can use '\\\\' to escape it" },
        { "🥒 ()", "3:\n\n🥒 ()\n  ^^\nAn optional must contain some text.\nIf you did not mean to use an optional you can use '\\(' to escape the '('" },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void Constructor_InvalidExpression_ThrowsWithCaretMessage(string expression, string expectedAfterHeader)
    {
        var exception = Assert.Throws<CucumberExpressionException>(() => new CucumberExpression(expression, _registry));
        Assert.Equal(Header + expectedAfterHeader, exception.Message);
    }

    [Fact]
    public void Constructor_UnknownParameterType_ThrowsUndefinedParameterType()
    {
        const string source = "{airport} is closed because of a strike";
        var exception = Assert.Throws<UndefinedParameterTypeException>(() => new CucumberExpression(source, _registry));
        Assert.Equal("airport", exception.ParameterTypeName);
        Assert.Equal(source, exception.Expression);
        Assert.Equal(
            Header + "1:\n\n" + source + "\n^-------^\nUndefined parameter type 'airport'.\nPlease register a ParameterType for 'airport'",
            exception.Message);
    }

    [Fact]
    public void Constructor_UnknownParameterTypeLaterInText_PointsAtIt()
    {
        var exception = Assert.Throws<UndefinedParameterTypeException>(() => new CucumberExpression("I have {int} {color} balls", _registry));
        Assert.Equal("color", exception.ParameterTypeName);
        Assert.StartsWith(Header + "14:\n\nI have {int} {color} balls\n             ^-----^\n", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhitespaceOnlyOptional_IsAllowed() =>
        Assert.NotNull(Match("a( )b", "a b"));
}
