using ConformanceHarness.Gherkin.Parsing.Markdown;
using Gherkin;
using Io.Cucumber.Messages.Types;
using GherkinDocumentAst = global::Gherkin.Ast.GherkinDocument;

namespace ConformanceHarness.Gherkin.Parsing;

/// <summary>
/// A source format of feature files, chosen by file name: classic Gherkin (<c>*.feature</c>) or
/// Markdown with Gherkin (<c>*.feature.md</c>). Each has its Cucumber Messages media type and its own
/// token matcher for the Gherkin package's parser.
/// </summary>
public sealed class FeatureFormat
{
    public static readonly FeatureFormat Plain = new(".feature", SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN,
        dialects => new TokenMatcher(dialects), () => new AstBuilder<GherkinDocumentAst>());

    public static readonly FeatureFormat Markdown = new(".feature.md", SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_MARKDOWN,
        dialects => new MarkdownTokenMatcher(dialects), () => new MarkdownAstBuilder());

    public static readonly IReadOnlyList<FeatureFormat> All = [Plain, Markdown];

    private readonly Func<IGherkinDialectProvider, ITokenMatcher> _tokenMatcher;
    private readonly Func<IAstBuilder<GherkinDocumentAst>> _astBuilder;

    private FeatureFormat(string suffix, SourceMediaType mediaType,
        Func<IGherkinDialectProvider, ITokenMatcher> tokenMatcher, Func<IAstBuilder<GherkinDocumentAst>> astBuilder)
    {
        Suffix = suffix;
        MediaType = mediaType;
        _tokenMatcher = tokenMatcher;
        _astBuilder = astBuilder;
    }

    /// <summary>How the file name ends, e.g. ".feature.md".</summary>
    public string Suffix { get; }

    public SourceMediaType MediaType { get; }

    /// <summary>The format of a file name; a name with no known suffix is read as classic Gherkin.</summary>
    public static FeatureFormat Of(string path) =>
        All.Where(format => format.Names(path)).MaxBy(format => format.Suffix.Length) ?? Plain;

    public static bool IsFeatureFile(string path) => All.Any(format => format.Names(path));

    public bool Names(string path) => path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name without folder and format suffix ("cheese.feature.md" → "cheese").</summary>
    public string NameWithoutSuffix(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return Names(name) ? name[..^Suffix.Length] : System.IO.Path.GetFileNameWithoutExtension(name);
    }

    /// <summary>Parses with the Gherkin package's parser, collecting every error before throwing.</summary>
    public GherkinDocumentAst Parse(string text, IGherkinDialectProvider dialects)
    {
        var parser = new Parser(_astBuilder()) { StopAtFirstError = false };
        return parser.Parse(new TokenScanner(new StringReader(text)), _tokenMatcher(dialects));
    }
}
