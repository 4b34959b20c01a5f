namespace ConformanceHarness.Gherkin.Bindings;

public sealed class AfterTestRunAttribute() : HookAttribute(HookKind.AfterTestRun, null);
