using System.Text.RegularExpressions;
using ConformanceHarness.Gherkin.Filtering;
using ConformanceHarness.Gherkin.Parsing;
using ConformanceHarness.Gherkin.Tags;
using Gherkin.CucumberMessages;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// What a run selects, shared by the runner and by tools that only list (<c>harness list</c>): the
/// scenario filter and the loaded feature files, with bad options turned into <see cref="RunConfigurationException"/>.
/// </summary>
public static class RunSelection
{
    public static ScenarioFilter CreateFilter(RunOptions options)
    {
        try
        {
            return ScenarioFilter.Create(options.TagExpression, options.NameFilter, options.Paths, options.BaseDirectory);
        }
        catch (TagExpressionException error)
        {
            throw new RunConfigurationException($"invalid tag expression: {error.Message}", error);
        }
        catch (RegexParseException error)
        {
            throw new RunConfigurationException($"invalid name filter \"{options.NameFilter}\": {error.Message}", error);
        }
    }

    public static IReadOnlyList<FeatureSource> LoadFeatures(RunOptions options, IIdGenerator ids)
    {
        try
        {
            return new FeatureLoader(ids).Load(options.Paths, options.BaseDirectory);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new RunConfigurationException(error.Message, error);
        }
    }
}
