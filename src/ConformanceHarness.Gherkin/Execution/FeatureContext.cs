using System.Collections.Concurrent;
using ConformanceHarness.Gherkin.Parsing;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>The running feature, shared by its scenarios and its Before/AfterFeature hooks.</summary>
public sealed class FeatureContext(FeatureSource feature)
{
    public FeatureSource Feature { get; } = feature;

    public string Title => Feature.FeatureName;

    public IReadOnlyList<string> Tags => Feature.FeatureTags;

    public ConcurrentDictionary<string, object?> Items { get; } = new(StringComparer.Ordinal);
}
