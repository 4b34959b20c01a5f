namespace ConformanceHarness.Gherkin.Bindings;

public sealed class BeforeTestRunAttribute() : HookAttribute(HookKind.BeforeTestRun, null);
