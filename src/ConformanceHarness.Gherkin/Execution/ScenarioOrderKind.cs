namespace ConformanceHarness.Gherkin.Execution;

/// <summary>How the selected scenarios are ordered (cucumber-js <c>--order</c>).</summary>
public enum ScenarioOrderKind
{
    /// <summary>Features in the order they were found, scenarios in file order.</summary>
    Defined,

    /// <summary>Features last to first, and the scenarios of each feature last to first.</summary>
    Reverse,

    /// <summary>Features shuffled, and the scenarios of each feature shuffled, from a seed.</summary>
    Random,
}
