namespace ConformanceHarness.Gherkin.Bindings;

public sealed class AfterStepAttribute(string? tags = null) : HookAttribute(HookKind.AfterStep, tags);
