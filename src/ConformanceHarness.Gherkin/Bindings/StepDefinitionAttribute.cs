namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>A step definition that answers to Given, When and Then alike.</summary>
public sealed class StepDefinitionAttribute(string pattern) : StepDefinitionBaseAttribute(StepKeyword.Any, pattern);
