namespace ConformanceHarness.Gherkin.Bindings;

public sealed class BeforeScenarioAttribute(string? tags = null) : HookAttribute(HookKind.BeforeScenario, tags);
