using ConformanceHarness.Gherkin.Parsing;

namespace ConformanceHarness.Gherkin.Events;

public sealed record FeatureStarted(FeatureSource Feature) : RunEvent;
