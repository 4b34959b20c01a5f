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
    public BindingRegistry Bindings { get; } = bindings;

    public IReadOnlyList<FeatureParseError> ParseErrors { get; } = parseErrors;

    /// <summary>Position of each test case in file order, so parallel results are reported in a stable order.</summary>
    public Dictionary<string, int> Order { get; } = [];

    public IReadOnlyList<TestCasePlan> PlanTestCases(IIdGenerator ids)
    {
        var planner = new TestCasePlanner(Bindings, new StepMatcher(Bindings, options.MatchKeywords), ids);
        var plans = new List<TestCasePlan>();
        foreach (var (feature, index, pickles) in selected)
        foreach (var pickle in pickles)
        {
            var plan = planner.Plan(feature, pickle, index);
            Order[plan.Id] = plans.Count;
            plans.Add(plan);
        }
        return plans;
    }
}
