using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Tables;

/// <summary>A Gherkin doc string step argument with its optional media type (e.g. <c>json</c>).</summary>
public sealed class DocString
{
    public DocString(string content, string? mediaType)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
        MediaType = string.IsNullOrEmpty(mediaType) ? null : mediaType;
    }

    public string Content { get; }

    /// <summary>The media type after the opening delimiter, or null when none was given.</summary>
    public string? MediaType { get; }

    public static DocString FromPickle(PickleDocString docString)
    {
        ArgumentNullException.ThrowIfNull(docString);
        return new DocString(docString.Content ?? string.Empty, docString.MediaType);
    }

    public override string ToString() => Content;
}
