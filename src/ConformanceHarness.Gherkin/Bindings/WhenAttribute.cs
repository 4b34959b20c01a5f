namespace ConformanceHarness.Gherkin.Bindings;

public sealed class WhenAttribute(string pattern) : StepDefinitionBaseAttribute(StepKeyword.When, pattern);
