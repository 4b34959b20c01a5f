namespace ConformanceHarness.Gherkin.Bindings;

public sealed class GivenAttribute(string pattern) : StepDefinitionBaseAttribute(StepKeyword.Given, pattern);
