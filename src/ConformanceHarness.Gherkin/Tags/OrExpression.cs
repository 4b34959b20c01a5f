namespace ConformanceHarness.Gherkin.Tags;

internal sealed class OrExpression : TagExpression
{
    private readonly TagExpression _left;
    private readonly TagExpression _right;

    public OrExpression(TagExpression left, TagExpression right)
    {
        _left = left;
        _right = right;
    }

    public override bool Evaluate(IReadOnlyCollection<string> tags) => _left.Evaluate(tags) || _right.Evaluate(tags);

    public override string ToString() => $"( {_left} or {_right} )";
}
