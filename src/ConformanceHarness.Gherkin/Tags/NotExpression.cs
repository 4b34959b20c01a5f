namespace ConformanceHarness.Gherkin.Tags;

internal sealed class NotExpression : TagExpression
{
    private readonly TagExpression _operand;

    public NotExpression(TagExpression operand) => _operand = operand;

    public override bool Evaluate(IReadOnlyCollection<string> tags) => !_operand.Evaluate(tags);

    // Binary operands already print their own parentheses: "not ( @a and @b )", but "not ( @a )".
    public override string ToString() => _operand is AndExpression or OrExpression
        ? $"not {_operand}"
        : $"not ( {_operand} )";
}
