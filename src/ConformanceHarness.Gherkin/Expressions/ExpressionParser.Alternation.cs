namespace ConformanceHarness.Gherkin.Expressions;

internal sealed partial class ExpressionParser
{
    /// <summary>
    /// Tries to parse an alternation starting at <paramref name="index"/>. It must start after a left boundary
    /// (start, whitespace or '}') and runs up to a right boundary (end, whitespace or '{'), which it does not consume.
    /// Returns null when the run holds no '/'.
    /// </summary>
    private (ExpressionNode Node, int Consumed)? ParseAlternation(int index)
    {
        if (index > 0 && _tokens[index - 1].Type is not (ExpressionTokenType.WhiteSpace or ExpressionTokenType.EndParameter))
        {
            return null;
        }

        var alternatives = new List<List<ExpressionNode>> { new() };
        var separators = new List<ExpressionToken>();
        var current = index;
        while (current < _tokens.Count && !IsRightBoundary(_tokens[current]))
        {
            if (_tokens[current].Type == ExpressionTokenType.Alternation)
            {
                separators.Add(_tokens[current++]);
                alternatives.Add([]);
                continue;
            }

            var (node, consumed) = ParseElement(current);
            alternatives[^1].Add(node);
            current += consumed;
        }

        if (separators.Count == 0)
        {
            return null;
        }

        var start = _tokens[index].Start;
        var end = current < _tokens.Count ? _tokens[current].Start : ExpressionEnd;
        var nodes = CreateAlternatives(start, end, separators, alternatives);
        return (new ExpressionNode(ExpressionNodeType.Alternation, nodes, null, start, end), current - index);
    }

    private static bool IsRightBoundary(ExpressionToken token) =>
        token.Type is ExpressionTokenType.WhiteSpace or ExpressionTokenType.BeginParameter;

    /// <summary>Each alternative spans from the previous separator's end to the next separator's start.</summary>
    private static List<ExpressionNode> CreateAlternatives(
        int start, int end, List<ExpressionToken> separators, List<List<ExpressionNode>> alternatives)
    {
        var nodes = new List<ExpressionNode>(alternatives.Count);
        for (var i = 0; i < alternatives.Count; i++)
        {
            var from = i == 0 ? start : separators[i - 1].End;
            var to = i == alternatives.Count - 1 ? end : separators[i].Start;
            nodes.Add(new ExpressionNode(ExpressionNodeType.Alternative, alternatives[i], null, from, to));
        }

        return nodes;
    }
}
