namespace ConformanceHarness.Gherkin.Bindings;

/// <summary>Which step keywords a definition answers to; And/But take the keyword before them.</summary>
public enum StepKeyword
{
    Given,
    When,
    Then,
    Any,
}
