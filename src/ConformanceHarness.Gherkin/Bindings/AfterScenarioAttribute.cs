namespace ConformanceHarness.Gherkin.Bindings;

public sealed class AfterScenarioAttribute(string? tags = null) : HookAttribute(HookKind.AfterScenario, tags);
