using System.Text.RegularExpressions;
using Gherkin;

namespace ConformanceHarness.Gherkin.Parsing.Markdown;

/// <summary>
/// MDG tags are code spans: <c>`@smoke` `@RAD-8`</c>. Any line with at least one is a tag line.
/// </summary>
internal static class MarkdownTags
{
    private static readonly Regex CodeSpanTag = new("`(@[^`]+)`", RegexOptions.CultureInvariant);

    public static bool Contains(GherkinLine line) => CodeSpanTag.IsMatch(line.GetLineText(-1));

    /// <summary>
    /// The same line in plain Gherkin: each tag at its own column, everything else blanked. The Gherkin
    /// AST builder reads tags from the token's line, so this is what it is given for an MDG tag line.
    /// </summary>
    public static GherkinLine ToPlainTagLine(GherkinLine line)
    {
        var text = line.GetLineText(0);
        var plain = new char[text.Length];
        Array.Fill(plain, ' ');
        foreach (Match match in CodeSpanTag.Matches(text))
        {
            var tag = match.Groups[1];
            tag.ValueSpan.CopyTo(plain.AsSpan(tag.Index));
        }
        return new GherkinLine(new string(plain), line.LineNumber);
    }
}
