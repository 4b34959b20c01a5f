namespace ConformanceHarness.Gherkin.Tags;

/// <summary>The empty expression: matches every tag set.</summary>
internal sealed class TrueExpression : TagExpression
{
    public override bool Evaluate(IReadOnlyCollection<string> tags) => true;

    public override string ToString() => "true";
}
