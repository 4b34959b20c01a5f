namespace ConformanceHarness.Gherkin.Bindings;

public sealed class AfterFeatureAttribute(string? tags = null) : HookAttribute(HookKind.AfterFeature, tags);
