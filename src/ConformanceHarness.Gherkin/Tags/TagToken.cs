namespace ConformanceHarness.Gherkin.Tags;

/// <summary>A lexical token of a tag expression; <see cref="Column"/> is 1-based.</summary>
internal readonly record struct TagToken(TagTokenKind Kind, string Text, int Column)
{
    public bool IsOperator => Kind is TagTokenKind.Or or TagTokenKind.And or TagTokenKind.Not;

    /// <summary>Binding strength of operators: not &gt; and &gt; or.</summary>
    public int Precedence => Kind switch
    {
        TagTokenKind.Or => 0,
        TagTokenKind.And => 1,
        TagTokenKind.Not => 2,
        _ => -1,
    };

    public static TagToken FromWord(string text, int column) => text switch
    {
        "or" => new TagToken(TagTokenKind.Or, text, column),
        "and" => new TagToken(TagTokenKind.And, text, column),
        "not" => new TagToken(TagTokenKind.Not, text, column),
        _ => new TagToken(TagTokenKind.Operand, text, column),
    };
}
