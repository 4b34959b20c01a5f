using System.Text.RegularExpressions;
using Gherkin;

namespace ConformanceHarness.Gherkin.Parsing.Markdown;

/// <summary>
/// MDG tables. A Gherkin table row is indented by two to five spaces, which keeps the document's own
/// Markdown tables (not indented) out of the scenarios. A GitHub-flavoured separator row
/// (<c>| --- | --: |</c>) is never a Gherkin row.
/// </summary>
internal static class MarkdownTable
{
    private static readonly Regex IndentedRow = new(@"^\s\s\s?\s?\s?\|", RegexOptions.CultureInvariant);
    private static readonly Regex SeparatorCell = new("^:?-+:?$", RegexOptions.CultureInvariant);

    public static bool IsIndentedRow(GherkinLine line) => IndentedRow.IsMatch(line.GetLineText(0));

    public static bool IsRow(GherkinLine line) => line.GetLineText(-1).StartsWith('|');

    /// <summary>A row with at least one cell of dashes, optionally with alignment colons.</summary>
    public static bool IsSeparatorRow(GherkinLine line) =>
        line.GetTableCells().Any(cell => SeparatorCell.IsMatch(cell.Text));
}
