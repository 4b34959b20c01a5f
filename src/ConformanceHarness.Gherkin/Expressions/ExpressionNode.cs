namespace ConformanceHarness.Gherkin.Expressions;

internal enum ExpressionNodeType
{
    Text,
    Optional,
    Alternation,
    Alternative,
    Parameter,
    Expression,
}

/// <summary>A node of the Cucumber Expression syntax tree; positions are code point offsets.</summary>
internal sealed record ExpressionNode(
    ExpressionNodeType Type,
    IReadOnlyList<ExpressionNode> Nodes,
    string? Token,
    int Start,
    int End)
{
    public static ExpressionNode FromToken(ExpressionToken token) =>
        new(ExpressionNodeType.Text, [], token.Text, token.Start, token.End);

    public string Text => Token ?? string.Concat(Nodes.Select(n => n.Text));
}
