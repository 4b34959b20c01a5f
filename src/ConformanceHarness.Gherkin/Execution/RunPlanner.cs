using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Parsing;
using Gherkin.CucumberMessages;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Prepares a run: validates the selection, retry and order options, loads and filters the features, discovers the
/// bindings, and publishes what it found. Invalid options throw <see cref="RunConfigurationException"/>.
/// </summary>
internal static class RunPlanner
{
    public static RunPlan Prepare(RunOptions options, IIdGenerator ids, RunEventBus events)
    {
        ValidateRunShape(options);
        var filter = RunSelection.CreateFilter(options);
        var features = RunSelection.LoadFeatures(options, ids);
        var selected = new List<(FeatureSource, GherkinDocumentIndex, IReadOnlyList<Pickle>)>();
        foreach (var feature in features)
        {
            var index = feature.Document is null ? null : new GherkinDocumentIndex(feature.Document);
            IReadOnlyList<Pickle> pickles = index is null
                ? []
                : feature.Pickles.Where(pickle => filter.Includes(feature, pickle, index)).ToList();
            events.Publish(new FeatureSourceLoaded(feature, pickles));
            if (index is not null && pickles.Count > 0) selected.Add((feature, index, pickles));
        }
        var types = BindingRegistryBuilder.BindingTypesIn(options.BindingAssemblies).Concat(options.BindingTypes);
        var bindings = new BindingRegistryBuilder(ids).Build(types);
        events.Publish(new BindingsLoaded(bindings));
        var parseErrors = features.SelectMany(feature => feature.Errors).ToList();
        return new RunPlan(selected, bindings, parseErrors, options);
    }

    private static void ValidateRunShape(RunOptions options)
    {
        if (options.Retry < 0)
            throw new RunConfigurationException($"retry must be 0 or more extra attempts, but was {options.Retry}");
        if (options.Order.Seed < 0)
            throw new RunConfigurationException($"order '{options.Order}' must be {ScenarioOrder.Syntax}");
    }
}
