using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Parsing;

/// <summary>
/// One loaded feature file: its text, the Gherkin document as Cucumber Messages, and the pickles
/// compiled from it. A file that failed to parse keeps its text and errors and has no pickles.
/// </summary>
public sealed class FeatureSource
{
    public FeatureSource(string uri, string path, string text, GherkinDocument? document,
        IReadOnlyList<Pickle> pickles, IReadOnlyList<FeatureParseError> errors, FeatureFormat format)
    {
        Format = format;
        Uri = uri;
        Path = path;
        Text = text;
        Document = document;
        Pickles = pickles;
        Errors = errors;
    }

    /// <summary>Path relative to the base directory, with forward slashes (the Cucumber Messages uri).</summary>
    public string Uri { get; }

    /// <summary>Absolute path on disk.</summary>
    public string Path { get; }

    public string Text { get; }

    /// <summary>Classic Gherkin or Markdown with Gherkin, chosen by the file name.</summary>
    public FeatureFormat Format { get; }

    /// <summary>The media type of the Cucumber Messages <c>source</c> envelope.</summary>
    public SourceMediaType MediaType => Format.MediaType;

    public GherkinDocument? Document { get; }

    public IReadOnlyList<Pickle> Pickles { get; }

    public IReadOnlyList<FeatureParseError> Errors { get; }

    public string FeatureName => Document?.Feature?.Name ?? Format.NameWithoutSuffix(Path);

    public IReadOnlyList<string> FeatureTags =>
        Document?.Feature?.Tags.Select(tag => tag.Name).ToList() ?? [];
}
