namespace ConformanceHarness.Gherkin.Tags;

internal enum TagTokenKind
{
    Operand,
    Or,
    And,
    Not,
    OpenParenthesis,
    CloseParenthesis,
}
