namespace ConformanceHarness.Gherkin.Execution;

/// <summary>How a scenario is named in test runners and reports: "Feature › Scenario [example row]".</summary>
public static class ScenarioNames
{
    public static string Display(string feature, string scenario, string? exampleLabel) =>
        $"{feature} › {scenario}{(exampleLabel is null ? "" : $" [{exampleLabel}]")}";
}
