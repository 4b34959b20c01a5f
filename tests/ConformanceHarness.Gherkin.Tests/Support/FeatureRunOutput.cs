using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Gherkin.Tests.Support;

/// <summary>What a test run produced, with lookups that read like the assertions they serve.</summary>
public sealed record FeatureRunOutput(RunResult Result, IReadOnlyList<RunEvent> Events)
{
    public ScenarioResult Scenario(string name) =>
        Result.Scenarios.SingleOrDefault(s => s.TestCase.Name == name)
        ?? throw new InvalidOperationException($"no scenario named \"{name}\"; ran: {string.Join(", ", Result.Scenarios.Select(s => s.TestCase.Name))}");

    /// <summary>Outcome of each pickle step (hooks excluded), in order.</summary>
    public IReadOnlyList<Outcome> StepOutcomes(string scenario)
    {
        var result = Scenario(scenario);
        return result.TestCase.Steps.Zip(result.Steps).Where(pair => !pair.First.IsHook).Select(pair => pair.Second.Outcome).ToList();
    }

    public IEnumerable<T> Of<T>() where T : RunEvent => Events.OfType<T>();
}
