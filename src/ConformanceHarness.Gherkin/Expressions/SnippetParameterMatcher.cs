using System.Globalization;
using System.Text.RegularExpressions;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>Finds where one regex of a parameter type matches a whole word of a step text.</summary>
internal sealed class SnippetParameterMatcher(ParameterType type, string pattern)
{
    private readonly Regex _regex = new("(" + pattern + ")", RegexOptions.CultureInvariant);

    public ParameterType Type => type;

    /// <summary>
    /// The first non-empty match at or after <paramref name="position"/> that is bounded on both sides by the text's
    /// edge or by a separator, punctuation or symbol character.
    /// </summary>
    public (int Start, int Length)? FindFrom(string text, int position)
    {
        for (var from = position; from < text.Length; from++)
        {
            var match = _regex.Match(text[from..]);
            if (match.Success && match.Length > 0 && IsWholeWord(text, from + match.Index, match.Length))
            {
                return (from + match.Index, match.Length);
            }
        }

        return null;
    }

    private static bool IsWholeWord(string text, int start, int length)
    {
        var end = start + length;
        return (start == 0 || IsBoundary(text[start - 1])) && (end == text.Length || IsBoundary(text[end]));
    }

    private static bool IsBoundary(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => true,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol => true,
        _ => false,
    };
}
