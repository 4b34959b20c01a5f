namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>
/// Recursive descent parser for the Cucumber Expression grammar:
/// <code>
/// cucumber-expression = ( alternation | optional | parameter | text )*
/// alternation = (?&lt;=left-boundary) alternative* ( "/" alternative* )+ (?=right-boundary)
/// optional    = "(" ( optional | parameter | text )* ")"
/// parameter   = "{" name* "}"
/// </code>
/// </summary>
internal sealed partial class ExpressionParser
{
    private readonly string _expression;
    private readonly IReadOnlyList<ExpressionToken> _tokens;

    private ExpressionParser(string expression, IReadOnlyList<ExpressionToken> tokens)
    {
        _expression = expression;
        _tokens = tokens;
    }

    private int ExpressionEnd => _tokens.Count == 0 ? 0 : _tokens[^1].End;

    public static ExpressionNode Parse(string expression)
    {
        var parser = new ExpressionParser(expression, ExpressionTokenizer.Tokenize(expression));
        var nodes = new List<ExpressionNode>();
        var index = 0;
        while (index < parser._tokens.Count)
        {
            var (node, consumed) = parser.ParseAlternation(index) ?? parser.ParseElement(index);
            nodes.Add(node);
            index += consumed;
        }

        return new ExpressionNode(ExpressionNodeType.Expression, nodes, null, 0, parser.ExpressionEnd);
    }

    /// <summary>optional | parameter | text; a '/' here is an alternation inside an optional.</summary>
    private (ExpressionNode Node, int Consumed) ParseElement(int index)
    {
        var token = _tokens[index];
        return token.Type switch
        {
            ExpressionTokenType.BeginOptional => ParseOptional(index),
            ExpressionTokenType.BeginParameter => ParseParameter(index),
            ExpressionTokenType.Alternation => throw ExpressionErrors.AlternationNotAllowedInOptional(token, _expression),
            _ => (ExpressionNode.FromToken(token), 1),
        };
    }

    private (ExpressionNode Node, int Consumed) ParseOptional(int index)
    {
        var nodes = new List<ExpressionNode>();
        var current = index + 1;
        while (current < _tokens.Count && _tokens[current].Type != ExpressionTokenType.EndOptional)
        {
            var (node, consumed) = ParseElement(current);
            nodes.Add(node);
            current += consumed;
        }

        return Close(ExpressionNodeType.Optional, index, current, nodes);
    }

    private (ExpressionNode Node, int Consumed) ParseParameter(int index)
    {
        var nodes = new List<ExpressionNode>();
        var current = index + 1;
        for (; current < _tokens.Count && _tokens[current].Type != ExpressionTokenType.EndParameter; current++)
        {
            var token = _tokens[current];
            if (token.Type is not (ExpressionTokenType.Text or ExpressionTokenType.WhiteSpace))
            {
                throw ExpressionErrors.InvalidParameterTypeName(token, _expression);
            }

            nodes.Add(ExpressionNode.FromToken(token));
        }

        return Close(ExpressionNodeType.Parameter, index, current, nodes);
    }

    private (ExpressionNode Node, int Consumed) Close(ExpressionNodeType type, int begin, int end, List<ExpressionNode> nodes)
    {
        if (end >= _tokens.Count)
        {
            throw ExpressionErrors.MissingEndToken(_tokens[begin], _expression);
        }

        return (new ExpressionNode(type, nodes, null, _tokens[begin].Start, _tokens[end].End), end + 1 - begin);
    }
}
