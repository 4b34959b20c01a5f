using System.Text.RegularExpressions;
using ConformanceHarness.Gherkin.Parsing;
using ConformanceHarness.Gherkin.Tags;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Filtering;

/// <summary>
/// Selects pickles by tag expression, by name (regular expression) and by <c>file:line</c>
/// locations. Each criterion that is set must hold.
/// </summary>
public sealed class ScenarioFilter(TagExpression tags, Regex? name, IReadOnlyList<FeatureLocation> locations, string baseDirectory)
{
    public static ScenarioFilter Create(string? tagExpression, string? nameRegex, IEnumerable<string> paths, string baseDirectory)
    {
        var tags = string.IsNullOrWhiteSpace(tagExpression) ? TagExpression.True : TagExpression.Parse(tagExpression);
        var name = string.IsNullOrEmpty(nameRegex) ? null : new Regex(nameRegex, RegexOptions.CultureInvariant);
        var locations = paths.Select(FeatureLocation.Parse).Where(location => location.Lines.Count > 0).ToList();
        return new ScenarioFilter(tags, name, locations, baseDirectory);
    }

    public bool Includes(FeatureSource feature, Pickle pickle, GherkinDocumentIndex index)
    {
        var pickleTags = pickle.Tags.Select(tag => tag.Name).ToList();
        if (!tags.Evaluate(pickleTags)) return false;
        if (name is not null && !name.IsMatch(pickle.Name)) return false;
        return MatchesLocation(feature, pickle, index);
    }

    /// <summary>A file named with lines runs only those lines; files named without lines run whole.</summary>
    private bool MatchesLocation(FeatureSource feature, Pickle pickle, GherkinDocumentIndex index)
    {
        var forFile = locations.Where(location => SameFile(location.Path, feature.Path)).ToList();
        if (forFile.Count == 0) return true;
        var lines = index.LinesOf(pickle);
        return forFile.Any(location => location.Lines.Any(line => lines.Contains(line)));
    }

    private bool SameFile(string path, string featurePath) =>
        string.Equals(Path.GetFullPath(path, baseDirectory), featurePath, StringComparison.Ordinal);
}
