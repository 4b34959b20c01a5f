namespace ConformanceHarness.Gherkin.Tags;

/// <summary>
/// Shunting-yard parser for tag expressions, following the Cucumber tag-expressions specification.
/// </summary>
internal sealed class TagExpressionParser
{
    private readonly string _text;
    private readonly Stack<TagToken> _operators = new();
    private readonly Stack<TagExpression> _operands = new();

    public TagExpressionParser(string text) => _text = text;

    public TagExpression Parse()
    {
        var tokens = TagTokenizer.Tokenize(_text);
        if (tokens.Count == 0)
        {
            return TagExpression.True;
        }

        var expectOperand = true;
        foreach (var token in tokens)
        {
            expectOperand = Consume(token, expectOperand);
        }

        while (_operators.Count > 0)
        {
            var pending = _operators.Pop();
            if (pending.Kind == TagTokenKind.OpenParenthesis)
            {
                throw Error("Unmatched (.", pending.Column);
            }

            Reduce(pending);
        }

        return _operands.Pop();
    }

    /// <summary>Processes one token; returns whether an operand is expected next.</summary>
    private bool Consume(TagToken token, bool expectOperand)
    {
        switch (token.Kind)
        {
            case TagTokenKind.Operand:
                Expect(expectOperand, token);
                _operands.Push(new LiteralExpression(token.Text));
                return false;
            case TagTokenKind.Not:
            case TagTokenKind.OpenParenthesis:
                Expect(expectOperand, token);
                _operators.Push(token);
                return true;
            case TagTokenKind.CloseParenthesis:
                Expect(expectOperand, token);
                CloseParenthesis(token);
                return false;
            default:
                Expect(expectOperand, token);
                ReduceWhile(top => top.IsOperator && token.Precedence <= top.Precedence);
                _operators.Push(token);
                return true;
        }
    }

    private void CloseParenthesis(TagToken token)
    {
        ReduceWhile(top => top.Kind != TagTokenKind.OpenParenthesis);
        if (_operators.Count == 0)
        {
            throw Error("Unmatched ).", token.Column);
        }

        _operators.Pop();
    }

    private void Expect(bool expectOperand, TagToken token)
    {
        var isOperandLike = token.Kind is TagTokenKind.Operand or TagTokenKind.Not or TagTokenKind.OpenParenthesis;
        if (expectOperand && !isOperandLike)
        {
            throw Error("Expected operand.", token.Column);
        }

        if (!expectOperand && isOperandLike)
        {
            throw Error("Expected operator.", token.Column);
        }
    }

    private void ReduceWhile(Func<TagToken, bool> condition)
    {
        while (_operators.Count > 0 && condition(_operators.Peek()))
        {
            Reduce(_operators.Pop());
        }
    }

    private void Reduce(TagToken op)
    {
        var arity = op.Kind == TagTokenKind.Not ? 1 : 2;
        if (_operands.Count < arity)
        {
            // Only reachable at the end of the text, e.g. "@a and" or "not".
            throw Error("Expected operand.", _text.Length + 1);
        }

        var right = _operands.Pop();
        _operands.Push(op.Kind switch
        {
            TagTokenKind.Not => new NotExpression(right),
            TagTokenKind.And => new AndExpression(_operands.Pop(), right),
            _ => new OrExpression(_operands.Pop(), right),
        });
    }

    private TagExpressionException Error(string reason, int column) => new(_text, reason, column);
}
