using System.Text;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Features.Tests;

/// <summary>The step log of a scenario, for assertion messages.</summary>
public static class ScenarioLog
{
    /// <summary>The step log of a scenario, for the assertion message.</summary>
    public static string Describe(ScenarioResult result)
    {
        var log = new StringBuilder($"{result.TestCase.DisplayName}: {result.Outcome}\n");
        foreach (var (step, stepResult) in result.TestCase.Steps.Zip(result.Steps))
        {
            log.Append("  ").Append(step.IsHook ? $"(hook {step.Text})" : step.Keyword + step.Text)
               .Append(" ... ").Append(stepResult.Outcome.ToString().ToLowerInvariant());
            if (stepResult.Message is not null) log.Append("\n    ").Append(stepResult.Message);
            log.Append('\n');
        }
        return log.ToString();
    }
}
