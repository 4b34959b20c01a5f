using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Parsing;

/// <summary>
/// Reads feature files (classic Gherkin or Markdown with Gherkin, see <see cref="FeatureFormat"/>),
/// parses them with the official Gherkin parser and compiles pickles with its PickleCompiler. A file with syntax errors is returned with its errors; the others still load.
/// </summary>
public sealed class FeatureLoader(IIdGenerator ids)
{
    private static readonly GherkinDialectProvider Dialects = new("en");

    public IReadOnlyList<FeatureSource> Load(IEnumerable<string> paths, string baseDirectory)
    {
        var files = FeaturePathExpander.Expand(paths, baseDirectory);
        return files.Select(file => LoadFile(file, baseDirectory)).ToList();
    }

    public FeatureSource LoadFile(string path, string baseDirectory)
    {
        var text = File.ReadAllText(path);
        var uri = Path.GetRelativePath(baseDirectory, path).Replace('\\', '/');
        return LoadText(uri, path, text);
    }

    /// <summary>Loads text in the format its path names (see <see cref="FeatureFormat.Of"/>).</summary>
    public FeatureSource LoadText(string uri, string path, string text)
    {
        var format = FeatureFormat.Of(path);
        global::Gherkin.Ast.GherkinDocument ast;
        try
        {
            ast = format.Parse(text, Dialects);
        }
        catch (CompositeParserException composite)
        {
            return Failed(uri, path, text, format, composite.Errors.Select(error => ToError(uri, error)));
        }
        catch (ParserException error)
        {
            return Failed(uri, path, text, format, [ToError(uri, error)]);
        }

        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, uri);
        var pickles = document.Feature is null ? [] : new PickleCompiler(ids).Compile(document);
        return new FeatureSource(uri, path, text, document, pickles, [], format);
    }

    private static FeatureSource Failed(string uri, string path, string text, FeatureFormat format,
        IEnumerable<FeatureParseError> errors) =>
        new(uri, path, text, null, Array.Empty<Pickle>(), errors.ToList(), format);

    private static FeatureParseError ToError(string uri, ParserException error)
    {
        var line = error.Location?.Line ?? 0;
        var column = error.Location?.Column ?? 0;
        var message = StripLocationPrefix(error.Message);
        return new FeatureParseError(uri, line, column, message);
    }

    /// <summary>Gherkin messages start with "(line:column): "; the location is kept separately.</summary>
    private static string StripLocationPrefix(string message)
    {
        if (!message.StartsWith('(')) return message;
        var end = message.IndexOf("): ", StringComparison.Ordinal);
        return end < 0 ? message : message[(end + 3)..];
    }
}
