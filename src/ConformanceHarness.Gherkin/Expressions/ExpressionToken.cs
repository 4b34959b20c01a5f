namespace ConformanceHarness.Gherkin.Expressions;

internal enum ExpressionTokenType
{
    WhiteSpace,
    Text,
    BeginOptional,
    EndOptional,
    BeginParameter,
    EndParameter,
    Alternation,
}

/// <summary>A lexical token; <see cref="Start"/>/<see cref="End"/> are code point offsets in the expression.</summary>
internal sealed record ExpressionToken(ExpressionTokenType Type, string Text, int Start, int End);
