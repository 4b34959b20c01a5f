using System.Text.RegularExpressions;

namespace ConformanceHarness.Gherkin.Parsing.Markdown;

/// <summary>
/// The open or closed state of a fenced code block, which MDG reads as a doc string. A fence of three
/// or more backticks (or tildes) opens it, with the info string as the media type; only the same fence
/// closes it. The indentation of the opening fence is removed from the content lines.
/// </summary>
internal sealed class MarkdownFence
{
    private static readonly Regex Opening = new(@"^(```+|~~~+)(.*)$", RegexOptions.CultureInvariant);

    private string? _openDelimiter;

    /// <summary>Indentation of the last opening fence; it stays in force after the fence closes.</summary>
    public int IndentToRemove { get; private set; }

    public void Reset()
    {
        _openDelimiter = null;
        IndentToRemove = 0;
    }

    /// <summary>
    /// Opens or closes the fence if <paramref name="trimmedText"/> is a fence line.
    /// </summary>
    /// <returns>The delimiter and the media type ("" when closing or when the fence has no info string).</returns>
    public bool TryToggle(string trimmedText, int indent, out string delimiter, out string mediaType)
    {
        mediaType = "";
        if (_openDelimiter is not null)
        {
            delimiter = _openDelimiter;
            if (trimmedText.TrimEnd() != _openDelimiter) return false;
            _openDelimiter = null;
            return true;
        }

        var match = Opening.Match(trimmedText);
        delimiter = match.Groups[1].Value;
        if (!match.Success) return false;
        mediaType = match.Groups[2].Value.Trim();
        _openDelimiter = delimiter;
        IndentToRemove = indent;
        return true;
    }
}
