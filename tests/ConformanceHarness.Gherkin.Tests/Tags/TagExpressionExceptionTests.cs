using ConformanceHarness.Gherkin.Tags;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Tags;

public sealed class TagExpressionExceptionTests
{
    private const string Comma =
        "An invalid tag combination operator was detected. The use of a comma (\",\") to combine tags is not supported. " +
        "Please replace it with either the \"or\" or \"and\" operators for tag combinations. " +
        "For example, use \"@tag1 or @tag2\" or \"@tag1 and @tag2\"";

    public static TheoryData<string, string, int> SyntaxErrors => new()
    {
        // two operands in a row
        { "@a @b or", "Expected operator.", 4 },
        { "@a and (@b not)", "Expected operator.", 12 },
        { "@a and (@b @c) or", "Expected operator.", 12 },
        { "@a @b", "Expected operator.", 4 },
        { @"@x\ or @y", "Expected operator.", 8 },
        { "(@a)(@b)", "Expected operator.", 5 },
        { "@a (@b)", "Expected operator.", 4 },
        // operator without operand
        { "@a and or", "Expected operand.", 8 },
        { "@a and or @b", "Expected operand.", 8 },
        { "or or", "Expected operand.", 1 },
        { "and @a", "Expected operand.", 1 },
        { "@a and", "Expected operand.", 7 },
        { "not", "Expected operand.", 4 },
        { "@a or not", "Expected operand.", 10 },
        // empty parentheses
        { "()", "Expected operand.", 2 },
        { "@a and ( )", "Expected operand.", 10 },
        { "(@a or )", "Expected operand.", 8 },
        // unmatched parentheses
        { "( @a and @b ) )", "Unmatched ).", 15 },
        { "@a)", "Unmatched ).", 3 },
        { "( ( @a and @b )", "Unmatched (.", 1 },
        { "@a and (@b or (@c)", "Unmatched (.", 8 },
        // illegal escapes
        { @"@x or @\y or @z", "Illegal escape before \"y\".", 8 },
        { @"@a\,b", "Illegal escape before \",\".", 3 },
        { @"@a\", "Illegal escape at end of expression.", 3 },
        // comma
        { "@a,@b", Comma, 3 },
        { "(@a ,@b)", Comma, 5 },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void Parse_SyntaxError_ThrowsWithReasonAndColumn(string text, string reason, int column)
    {
        var exception = Assert.Throws<TagExpressionException>(() => TagExpression.Parse(text));

        Assert.Equal(text, exception.Expression);
        Assert.Equal(reason, exception.Reason);
        Assert.Equal(column, exception.Column);
    }

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void Message_SyntaxError_StartsWithSpecificationText(string text, string reason, int column)
    {
        var exception = Assert.Throws<TagExpressionException>(() => TagExpression.Parse(text));

        var specMessage = $"Tag expression \"{text}\" could not be parsed because of syntax error: {reason}";
        Assert.Equal($"{specMessage} (column {column})", exception.Message);
    }

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void TryParse_SyntaxError_ReturnsFalse(string text, string reason, int column)
    {
        Assert.False(TagExpression.TryParse(text, out var expression, out var error));
        Assert.Null(expression);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.EndsWith($"(column {column})", error, StringComparison.Ordinal);
    }
}
