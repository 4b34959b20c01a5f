using ConformanceHarness.TestSupport;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Filtering;
using ConformanceHarness.Gherkin.Parsing;
using Xunit;

namespace ConformanceHarness.Features.Tests;

/// <summary>
/// Lists every scenario (and outline row) under Features/ as an xunit theory row: the data is the
/// stable "uri:line" key, the display name "Feature › Scenario [row]", tags become "Tag" traits and
/// the feature a "Feature" trait; @wip and @ignore rows are skipped with their reason.
/// </summary>
public static class FeatureCatalog
{
    /// <summary>Scenarios that fail on purpose (the runner's own demonstrations) are not part of the default run.</summary>
    public const string DefaultTagExpression = "not @expected-failure";

    public static IEnumerable<ITheoryDataRow> Rows() =>
        Rows(RepositoryRoot.Features, RepositoryRoot.Path, DefaultTagExpression);

    public static IEnumerable<ITheoryDataRow> Rows(string featuresDirectory, string root, string tagExpression)
    {
        var loader = new FeatureLoader(new SynchronizedIdGenerator());
        var features = loader.Load([featuresDirectory], root);
        var filter = ScenarioFilter.Create(tagExpression, null, [], root);
        foreach (var feature in features.Where(f => f.Document is not null))
        {
            var index = new GherkinDocumentIndex(feature.Document!);
            foreach (var pickle in feature.Pickles.Where(p => filter.Includes(feature, p, index)))
                yield return Row(feature, pickle, index);
        }
    }

    private static ITheoryDataRow Row(FeatureSource feature, Io.Cucumber.Messages.Types.Pickle pickle, GherkinDocumentIndex index)
    {
        var row = new TheoryDataRow<string>($"{feature.Uri}:{pickle.Location?.Line}")
            .WithTestDisplayName(ScenarioNames.Display(feature.FeatureName, pickle.Name, index.ExampleLabelOf(pickle)))
            .WithTrait("Feature", feature.FeatureName);
        foreach (var tag in pickle.Tags)
            row = row.WithTrait("Tag", tag.Name);
        var skip = pickle.Tags.Select(t => t.Name).FirstOrDefault(t => t is "@wip" or "@ignore");
        return skip is null ? row : row.WithSkip($"tagged {skip}: not run");
    }
}
