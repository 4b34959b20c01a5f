namespace ConformanceHarness.Gherkin.Bindings;

public sealed class ThenAttribute(string pattern) : StepDefinitionBaseAttribute(StepKeyword.Then, pattern);
