using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Filtering;
using ConformanceHarness.Gherkin.Parsing;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Cli.Commands.List;

/// <summary>
/// Loads feature files and applies the same selection as a run (<see cref="ScenarioFilter"/>), without
/// bindings or execution. Bad selections fail with the runner's <see cref="RunConfigurationException"/> messages.
/// </summary>
public static class FeatureCatalog
{
    public static IReadOnlyList<FeatureListing> Load(IReadOnlyList<string> paths, string? tagExpression, string? nameFilter,
        string baseDirectory)
    {
        var options = new RunOptions { Paths = paths, TagExpression = tagExpression, NameFilter = nameFilter, BaseDirectory = baseDirectory };
        var filter = RunSelection.CreateFilter(options);
        return RunSelection.LoadFeatures(options, new SynchronizedIdGenerator())
            .Select(feature => ToListing(feature, filter))
            .Where(listing => listing.Scenarios.Count > 0 || listing.ParseErrors.Count > 0)
            .ToList();
    }

    private static FeatureListing ToListing(FeatureSource feature, ScenarioFilter filter)
    {
        var errors = feature.Errors.Select(error => error.ToString()).ToList();
        if (feature.Document is null) return new FeatureListing(feature.Uri, feature.FeatureName, [], [], errors);
        var index = new GherkinDocumentIndex(feature.Document);
        var scenarios = feature.Pickles
            .Where(pickle => filter.Includes(feature, pickle, index))
            .GroupBy(pickle => pickle.AstNodeIds[0])
            .Select(group => ToScenario(feature.Uri, group.ToList(), index, ScenarioNames(feature.Document)))
            .ToList();
        return new FeatureListing(feature.Uri, feature.FeatureName, feature.FeatureTags, scenarios, errors);
    }

    private static ScenarioListing ToScenario(string uri, IReadOnlyList<Pickle> pickles, GherkinDocumentIndex index,
        IReadOnlyDictionary<string, string> names)
    {
        var tagSets = pickles.Select(pickle => pickle.Tags.Select(tag => tag.Name).ToList()).ToList();
        var common = tagSets.Skip(1).Aggregate((IEnumerable<string>)tagSets[0], (all, tags) => all.Intersect(tags)).ToList();
        var examples = pickles.Zip(tagSets)
            .Where(pair => index.ExampleLabelOf(pair.First) is not null)
            .Select(pair => new ExampleListing(index.ExampleLabelOf(pair.First)!, $"{uri}:{index.LinesOf(pair.First)[^1]}",
                pair.Second.Except(common).ToList()))
            .ToList();
        var name = names.GetValueOrDefault(pickles[0].AstNodeIds[0], pickles[0].Name);
        return new ScenarioListing(name, $"{uri}:{index.LinesOf(pickles[0])[0]}", common, examples);
    }

    /// <summary>Scenario names as written, so an outline shows "status &lt;code&gt;" rather than its first row's.</summary>
    private static Dictionary<string, string> ScenarioNames(GherkinDocument document)
    {
        var children = document.Feature?.Children ?? [];
        var scenarios = children.Select(child => child.Scenario)
            .Concat(children.SelectMany(child => child.Rule?.Children ?? []).Select(child => child.Scenario))
            .OfType<Scenario>();
        return scenarios.ToDictionary(scenario => scenario.Id, scenario => scenario.Name);
    }
}
