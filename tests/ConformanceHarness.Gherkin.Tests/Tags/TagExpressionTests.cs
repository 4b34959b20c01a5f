using ConformanceHarness.Gherkin.Tags;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Tags;

public sealed class TagExpressionTests
{
    [Theory]
    [InlineData("@a and @b", "( @a and @b )")]
    [InlineData("@a or @b", "( @a or @b )")]
    [InlineData("not @a", "not ( @a )")]
    [InlineData("@a and @b and @c", "( ( @a and @b ) and @c )")]
    [InlineData("@a or @b or @c", "( ( @a or @b ) or @c )")]
    [InlineData("( @a and @b ) or ( @c and @d )", "( ( @a and @b ) or ( @c and @d ) )")]
    [InlineData("not @a or @b and not @c or not @d or @e and @f",
        "( ( ( not ( @a ) or ( @b and not ( @c ) ) ) or not ( @d ) ) or ( @e and @f ) )")]
    [InlineData("not (@a and @b)", "not ( @a and @b )")]
    [InlineData("not (@a or @b)", "not ( @a or @b )")]
    [InlineData("not (@a and @b) and @c or not (@d or @f)", "( ( not ( @a and @b ) and @c ) or not ( @d or @f ) )")]
    [InlineData("@x or(@y) ", "( @x or @y )")]
    [InlineData("@a and not @b", "( @a and not ( @b ) )")]
    public void ToString_ParsedExpression_IsCanonicalForm(string text, string expected)
    {
        Assert.Equal(expected, TagExpression.Parse(text).ToString());
    }

    [Fact]
    public void Parse_OrThenAnd_AndBindsTighter()
    {
        var expression = TagExpression.Parse("@a or @b and @c");

        Assert.Equal("( @a or ( @b and @c ) )", expression.ToString());
        Assert.True(expression.Evaluate(["@a"]));
        Assert.False(expression.Evaluate(["@b"]));
        Assert.True(expression.Evaluate(["@b", "@c"]));
    }

    [Fact]
    public void Parse_AndThenOr_AndBindsTighter()
    {
        var expression = TagExpression.Parse("@a and @b or @c");

        Assert.Equal("( ( @a and @b ) or @c )", expression.ToString());
        Assert.True(expression.Evaluate(["@c"]));
        Assert.False(expression.Evaluate(["@a"]));
    }

    [Fact]
    public void Parse_ParenthesesAroundOr_OverridePrecedence()
    {
        var expression = TagExpression.Parse("(@a or @b) and @c");

        Assert.Equal("( ( @a or @b ) and @c )", expression.ToString());
        Assert.False(expression.Evaluate(["@a"]));
        Assert.True(expression.Evaluate(["@a", "@c"]));
    }

    [Fact]
    public void Parse_NestedParentheses_AreHonoured()
    {
        var expression = TagExpression.Parse("((@a or (@b)) and not (@c))");

        Assert.Equal("( ( @a or @b ) and not ( @c ) )", expression.ToString());
    }

    [Fact]
    public void Parse_NotBindsTighterThanAnd_AppliesToNearestOperand()
    {
        var expression = TagExpression.Parse("not @a and @b");

        Assert.Equal("( not ( @a ) and @b )", expression.ToString());
        Assert.True(expression.Evaluate(["@b"]));
        Assert.False(expression.Evaluate(["@a", "@b"]));
    }

    [Theory]
    [InlineData("not not @a", "not ( not ( @a ) )", true)]
    [InlineData("not not not @a", "not ( not ( not ( @a ) ) )", false)]
    public void Parse_NotChain_NegatesEachTime(string text, string formatted, bool matchesA)
    {
        var expression = TagExpression.Parse(text);

        Assert.Equal(formatted, expression.ToString());
        Assert.Equal(matchesA, expression.Evaluate(["@a"]));
        Assert.Equal(!matchesA, expression.Evaluate(["@other"]));
    }

    [Theory]
    [InlineData(@"not @a\(\) or @b and not @c or not @d or @e and @f",
        @"( ( ( not ( @a\(\) ) or ( @b and not ( @c ) ) ) or not ( @d ) ) or ( @e and @f ) )")]
    [InlineData(@"@a\\ and @b", @"( @a\\ and @b )")]
    [InlineData(@"@\\a and @b", @"( @\\a and @b )")]
    [InlineData(@"( @a and @b\\\\)", @"( @a and @b\\\\ )")]
    [InlineData(@"@a\\\( and @b\\\)", @"( @a\\\( and @b\\\) )")]
    [InlineData(@"@x\(1\) or(@y\(2\))", @"( @x\(1\) or @y\(2\) )")]
    [InlineData(@"@x\\ or(@y\\\)) or(@z\\)", @"( ( @x\\ or @y\\\) ) or @z\\ )")]
    [InlineData(@"@x\  or @y", @"( @x\  or @y )")]
    public void ToString_EscapedTagNames_AreReEscaped(string text, string expected)
    {
        Assert.Equal(expected, TagExpression.Parse(text).ToString());
    }

    [Theory]
    [InlineData(@"@x\(1\) or @y\(2\)", "@x(1)", true)]
    [InlineData(@"@x\(1\) or @y\(2\)", "@y(2)", true)]
    [InlineData(@"@x\(1\) or @y\(2\)", "@x", false)]
    [InlineData(@"@x\\ or @y\\\) or @z\\", @"@x\", true)]
    [InlineData(@"@x\\ or @y\\\) or @z\\", @"@y\)", true)]
    [InlineData(@"@x\\ or @y\\\) or @z\\", "@y)", false)]
    [InlineData(@"@x\\ or @y\\\) or @z\\", "@z", false)]
    [InlineData(@"@\\x or @y", @"@\x", true)]
    [InlineData(@"@\\x or @y", "@x", false)]
    [InlineData(@"@with\ space", "@with space", true)]
    [InlineData(@"@with\ space", "@with", false)]
    public void Evaluate_EscapedTagName_MatchesUnescapedTag(string text, string tag, bool expected)
    {
        Assert.Equal(expected, TagExpression.Parse(text).Evaluate([tag]));
    }

    [Theory]
    [InlineData(new string[0], false, false, true)]
    [InlineData(new[] { "@a" }, false, true, false)]
    [InlineData(new[] { "@b" }, false, true, true)]
    [InlineData(new[] { "@a", "@b" }, true, true, false)]
    public void Evaluate_BinaryOperators_FollowTruthTable(string[] tags, bool and, bool or, bool notA)
    {
        Assert.Equal(and, TagExpression.Parse("@a and @b").Evaluate(tags));
        Assert.Equal(or, TagExpression.Parse("@a or @b").Evaluate(tags));
        Assert.Equal(notA, TagExpression.Parse("not @a").Evaluate(tags));
    }

    [Theory]
    [InlineData("@A")]
    [InlineData("a")]
    [InlineData("@a ")]
    public void Evaluate_TagDiffersInCaseOrPrefix_DoesNotMatch(string tag)
    {
        Assert.False(TagExpression.Parse("@a").Evaluate([tag]));
    }

    [Fact]
    public void Evaluate_CaseInsensitiveSet_StillComparesOrdinally()
    {
        var tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "@A" };

        Assert.False(TagExpression.Parse("@a").Evaluate(tags));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_EmptyText_ReturnsTrueMatchingEverything(string text)
    {
        var expression = TagExpression.Parse(text);

        Assert.Same(TagExpression.True, expression);
        Assert.True(expression.Evaluate([]));
        Assert.True(expression.Evaluate(["@anything"]));
        Assert.Equal("true", expression.ToString());
    }

    [Fact]
    public void Parse_CanonicalForm_RoundTrips()
    {
        const string text = @"not @a\(\) or (@b\ c and not (@d or @e\\))";
        var formatted = TagExpression.Parse(text).ToString();

        Assert.Equal(formatted, TagExpression.Parse(formatted).ToString());
    }

    [Fact]
    public void TryParse_ValidText_ReturnsExpression()
    {
        var ok = TagExpression.TryParse("@a and @b", out var expression, out var error);

        Assert.True(ok);
        Assert.Null(error);
        Assert.Equal("( @a and @b )", expression?.ToString());
    }

    [Fact]
    public void TryParse_InvalidText_ReturnsErrorMessage()
    {
        var ok = TagExpression.TryParse("@a and or @b", out var expression, out var error);

        Assert.False(ok);
        Assert.Null(expression);
        Assert.Equal(
            "Tag expression \"@a and or @b\" could not be parsed because of syntax error: Expected operand. (column 8)",
            error);
    }

    [Fact]
    public void Parse_NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TagExpression.Parse(null!));
    }
}
