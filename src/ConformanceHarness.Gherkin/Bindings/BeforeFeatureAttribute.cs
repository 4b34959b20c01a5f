namespace ConformanceHarness.Gherkin.Bindings;

public sealed class BeforeFeatureAttribute(string? tags = null) : HookAttribute(HookKind.BeforeFeature, tags);
