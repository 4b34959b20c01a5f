using ConformanceHarness.Gherkin.Parsing;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>A pickle ready to run: its feature, its before hooks, steps and after hooks.</summary>
public sealed class TestCasePlan(string id, FeatureSource feature, Pickle pickle, IReadOnlyList<PlannedStep> steps,
    string? exampleLabel)
{
    public string Id { get; } = id;

    public FeatureSource Feature { get; } = feature;

    public Pickle Pickle { get; } = pickle;

    public IReadOnlyList<PlannedStep> Steps { get; } = steps;

    /// <summary>For an outline row: "Examples name: a, b" (the row's cells); null otherwise.</summary>
    public string? ExampleLabel { get; } = exampleLabel;

    public string Name => Pickle.Name;

    public IReadOnlyList<string> Tags { get; } = pickle.Tags.Select(tag => tag.Name).ToList();

    /// <summary>"Feature › Scenario [example row]", as test runners show it.</summary>
    public string DisplayName => ScenarioNames.Display(Feature.FeatureName, Name, ExampleLabel);

    /// <summary>Stable key "uri:line" of the scenario or example row, usable as a filter.</summary>
    public string LocationKey => $"{Feature.Uri}:{Pickle.Location?.Line ?? 0}";
}
