using ConformanceHarness.TestSupport;
using System.Text;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Steps.Harness;

namespace ConformanceHarness.Features.Tests;

/// <summary>Runs one scenario by its "uri:line" key with the step library's bindings.</summary>
public static class ScenarioRun
{
    public static async Task<ScenarioResult> RunAsync(string location, CancellationToken cancellation)
    {
        var options = new RunOptions
        {
            Paths = [location],
            BaseDirectory = RepositoryRoot.Path,
            BindingAssemblies = [typeof(Basket).Assembly],
            TagExpression = FeatureCatalog.DefaultTagExpression,
        };
        var result = await new GherkinRunner(options).RunAsync(cancellation);
        var problems = result.ParseErrors.Select(e => e.ToString())
            .Concat(result.BindingErrors.Select(e => e.ToString()))
            .Concat(result.HookFailures.Select(f => f.ToString())).ToList();
        if (problems.Count > 0) throw new InvalidOperationException(string.Join("\n", problems));
        return result.Scenarios.Count == 1
            ? result.Scenarios[0]
            : throw new InvalidOperationException($"{location} selected {result.Scenarios.Count} scenarios, expected 1");
    }

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
