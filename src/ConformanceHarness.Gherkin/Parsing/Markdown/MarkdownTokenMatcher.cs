using System.Text.RegularExpressions;
using Gherkin;
using Gherkin.Ast;

namespace ConformanceHarness.Gherkin.Parsing.Markdown;

/// <summary>
/// Token matcher for Markdown with Gherkin (MDG, <c>*.feature.md</c>): headings carry the Feature,
/// Rule, Background, Scenario (Outline) and Examples keywords, list items carry steps, tables indented
/// two to five spaces are data tables and examples, fenced code blocks are doc strings, and code-span
/// tags (<c>`@tag`</c>) are tags. Any other line is Markdown prose: empty where the grammar allows an
/// empty line, description text elsewhere. Use it with <see cref="MarkdownAstBuilder"/>.
/// </summary>
/// <remarks>
/// Follows cucumber/gherkin MARKDOWN_WITH_GHERKIN.md and behaves as its JavaScript reference matcher,
/// so that locations, keywords and descriptions equal the reference ones, including these rules:
/// <list type="bullet">
/// <item>The first line that is not a tag line is the feature line, with or without a Feature heading.</item>
/// <item>A table separator row is matched as a comment that leaves nothing in the AST.</item>
/// <item>Any line with a code-span tag is a tag line, even inside prose.</item>
/// <item>Fences of tildes (<c>~~~</c>) are doc strings too; the reference knows backticks only.</item>
/// <item>There is no <c># language:</c> header; the language is the dialect provider's default.</item>
/// </list>
/// </remarks>
public sealed class MarkdownTokenMatcher(IGherkinDialectProvider dialects) : ITokenMatcher
{
    private readonly GherkinDialect _dialect = dialects.DefaultDialect;
    private readonly MarkdownKeywords _keywords = new(dialects.DefaultDialect);
    private readonly MarkdownFence _fence = new();
    private bool _matchedFeatureLine;

    public void Reset()
    {
        _fence.Reset();
        _matchedFeatureLine = false;
    }

    public bool Match_EOF(Token token)
    {
        if (token.IsEOF) token.MatchedType = TokenType.EOF;
        return SetMatched(token, null, token.IsEOF);
    }

    /// <summary>MDG has no language header (MARKDOWN_WITH_GHERKIN.md); the language is set globally.</summary>
    public bool Match_Language(Token token) => false;

    /// <summary>
    /// A blank line, and any line that is nothing else: prose between the Gherkin lines is ignored.
    /// Every other matcher is tried first, with its side effects, as the reference matcher does.
    /// </summary>
    public bool Match_Empty(Token token)
    {
        if (token.IsEOF) return false;
        var blank = token.Line.IsEmpty();
        var prose = !MatchesAnyOtherToken(token);
        if (blank || prose) token.MatchedType = TokenType.Empty;
        return SetMatched(token, null, blank || prose);
    }

    /// <summary>Description text, or a doc string line with the opening fence's indentation removed.</summary>
    public bool Match_Other(Token token)
    {
        token.MatchedType = TokenType.Other;
        token.MatchedText = token.Line.GetLineText(_fence.IndentToRemove);
        return SetMatched(token, null, true);
    }

    /// <summary>
    /// A table separator row. The token type is left as it is, so the AST builder does not record the
    /// row as a comment.
    /// </summary>
    public bool Match_Comment(Token token)
    {
        var separator = !token.IsEOF && MarkdownTable.IsRow(token.Line) && MarkdownTable.IsSeparatorRow(token.Line);
        return SetMatched(token, null, separator);
    }

    public bool Match_TagLine(Token token)
    {
        if (token.IsEOF || !MarkdownTags.Contains(token.Line)) return false;
        token.MatchedType = TokenType.TagLine;
        return SetMatched(token, null, true);
    }

    /// <summary>"# Feature: name"; failing that, the first line is still taken as the feature line.</summary>
    public bool Match_FeatureLine(Token token)
    {
        if (_matchedFeatureLine || token.IsEOF) return SetMatched(token, null, false);
        var matched = MatchTitleLine(token, _keywords.Feature, TokenType.FeatureLine);
        if (!matched)
        {
            token.MatchedType = TokenType.FeatureLine;
            token.MatchedKeyword = "";
            token.MatchedText = token.Line.GetLineText(-1);
            matched = SetMatched(token, null, true);
        }
        _matchedFeatureLine = matched;
        return matched;
    }

    public bool Match_RuleLine(Token token) => MatchTitleLine(token, _keywords.Rule, TokenType.RuleLine);

    public bool Match_BackgroundLine(Token token) =>
        MatchTitleLine(token, _keywords.Background, TokenType.BackgroundLine);

    public bool Match_ScenarioLine(Token token) =>
        MatchTitleLine(token, _keywords.Scenario, TokenType.ScenarioLine)
        || MatchTitleLine(token, _keywords.ScenarioOutline, TokenType.ScenarioLine);

    public bool Match_ExamplesLine(Token token) =>
        MatchTitleLine(token, _keywords.Examples, TokenType.ExamplesLine);

    public bool Match_StepLine(Token token) => MatchTitleLine(token, _keywords.Step, TokenType.StepLine);

    public bool Match_DocStringSeparator(Token token)
    {
        if (token.IsEOF) return SetMatched(token, null, false);
        if (!_fence.TryToggle(token.Line.GetLineText(-1), token.Line.Indent, out var delimiter, out var mediaType))
            return SetMatched(token, null, false);
        token.MatchedType = TokenType.DocStringSeparator;
        token.MatchedKeyword = delimiter;
        token.MatchedText = mediaType;
        return SetMatched(token, null, true);
    }

    /// <summary>A row indented two to five spaces that is not a separator row.</summary>
    public bool Match_TableRow(Token token)
    {
        if (token.IsEOF || !MarkdownTable.IsIndentedRow(token.Line) || MarkdownTable.IsSeparatorRow(token.Line))
            return false;
        token.MatchedType = TokenType.TableRow;
        token.MatchedKeyword = "|";
        return SetMatched(token, null, true);
    }

    private bool MatchesAnyOtherToken(Token token) =>
        Match_TagLine(token) || Match_FeatureLine(token) || Match_ScenarioLine(token)
        || Match_BackgroundLine(token) || Match_ExamplesLine(token) || Match_RuleLine(token)
        || Match_TableRow(token) || Match_Comment(token) || Match_Language(token)
        || Match_DocStringSeparator(token) || Match_EOF(token) || Match_StepLine(token);

    /// <summary>Keyword and title after a heading or bullet; the column is where the keyword starts.</summary>
    private bool MatchTitleLine(Token token, Regex pattern, TokenType type)
    {
        if (token.IsEOF) return SetMatched(token, null, false);
        var match = pattern.Match(token.Line.GetLineText(-1));
        if (!match.Success) return SetMatched(token, null, false);
        token.MatchedType = type;
        token.MatchedKeyword = match.Groups[2].Value;
        token.MatchedText = match.Groups[3].Value.Trim();
        return SetMatched(token, token.Line.Indent + match.Groups[1].Length, true);
    }

    private bool SetMatched(Token token, int? indent, bool matched)
    {
        token.MatchedGherkinDialect = _dialect;
        token.MatchedIndent = indent ?? (token.IsEOF ? 0 : token.Line.Indent);
        token.Location = new Location(token.Location.Line, token.MatchedIndent + 1);
        return matched;
    }
}
