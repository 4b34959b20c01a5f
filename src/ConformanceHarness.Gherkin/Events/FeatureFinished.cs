using ConformanceHarness.Gherkin.Parsing;

namespace ConformanceHarness.Gherkin.Events;

public sealed record FeatureFinished(FeatureSource Feature) : RunEvent;
