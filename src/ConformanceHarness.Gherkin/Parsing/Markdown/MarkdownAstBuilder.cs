using Gherkin;
using Gherkin.Ast;

namespace ConformanceHarness.Gherkin.Parsing.Markdown;

/// <summary>
/// The Gherkin package's AST builder, given MDG tag lines rewritten as plain Gherkin tag lines. The
/// rewrite happens when the parser accepts the token, not in the matcher: the parser matches one token
/// several times (and looks ahead), and each match must see the original line.
/// </summary>
public sealed class MarkdownAstBuilder : IAstBuilder<GherkinDocument>
{
    private readonly AstBuilder<GherkinDocument> _inner = new();

    public void Build(Token token)
    {
        if (token.MatchedType == TokenType.TagLine && MarkdownTags.Contains(token.Line))
            token.Line = MarkdownTags.ToPlainTagLine(token.Line);
        _inner.Build(token);
    }

    public void StartRule(RuleType ruleType) => _inner.StartRule(ruleType);

    public void EndRule(RuleType ruleType) => _inner.EndRule(ruleType);

    public GherkinDocument GetResult() => _inner.GetResult();

    public void Reset() => _inner.Reset();
}
