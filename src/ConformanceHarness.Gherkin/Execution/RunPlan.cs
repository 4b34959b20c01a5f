using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Parsing;
using Gherkin.CucumberMessages;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>The loaded, filtered features and the bindings of a run, before any scenario is planned.</summary>
internal sealed class RunPlan(
    IReadOnlyList<(FeatureSource Feature, GherkinDocumentIndex Index, IReadOnlyList<Pickle> Pickles)> selected,
    BindingRegistry bindings, IReadOnlyList<FeatureParseError> parseErrors, RunOptions options)
{
    /// <summary>The run's order, with the seed of a random order picked.</summary>
    public ScenarioOrder Order { get; } = options.Order.WithSeed();

    public BindingRegistry Bindings { get; } = bindings;

    public IReadOnlyList<FeatureParseError> ParseErrors { get; } = parseErrors;

    /// <summary>Position of each test case in run order, so parallel results are reported in a stable order.</summary>
    public Dictionary<string, int> Positions { get; } = [];

    /// <summary>Plans the test cases in run order, so their ids and <c>testCase</c> messages follow it (as cucumber-js does).</summary>
    public IReadOnlyList<TestCasePlan> PlanTestCases(IIdGenerator ids)
    {
        var planner = new TestCasePlanner(Bindings, new StepMatcher(Bindings, options.MatchKeywords), ids);
        var plans = new List<TestCasePlan>();
        var arranged = Order.Arrange(selected.Select(entry => (entry, entry.Pickles)).ToList());
        foreach (var (entry, pickles) in arranged)
        foreach (var pickle in pickles)
        {
            var plan = planner.Plan(entry.Feature, pickle, entry.Index);
            Positions[plan.Id] = plans.Count;
            plans.Add(plan);
        }
        return plans;
    }
}
