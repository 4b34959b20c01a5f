namespace ConformanceHarness.Gherkin.Bindings;

public sealed class BeforeStepAttribute(string? tags = null) : HookAttribute(HookKind.BeforeStep, tags);
