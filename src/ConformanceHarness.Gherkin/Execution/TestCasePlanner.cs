using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Parsing;
using Gherkin.CucumberMessages;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Turns a pickle into a test case: the Before scenario hooks whose tags apply, each step with its
/// match, and the After scenario hooks (in reverse order of declaration, as Cucumber runs them).
/// </summary>
public sealed class TestCasePlanner(BindingRegistry bindings, StepMatcher matcher, IIdGenerator ids)
{
    public TestCasePlan Plan(FeatureSource feature, Pickle pickle, GherkinDocumentIndex index)
    {
        var id = ids.GetNewId();
        var tags = pickle.Tags.Select(tag => tag.Name).ToList();
        var steps = new List<PlannedStep>();
        steps.AddRange(Hooks(HookKind.BeforeScenario, tags));
        foreach (var step in pickle.Steps)
            steps.Add(PlannedStep.ForStep(ids.GetNewId(), step, matcher.Match(step), index.KeywordOf(step)));
        steps.AddRange(Hooks(HookKind.AfterScenario, tags));
        return new TestCasePlan(id, feature, pickle, steps, index.ExampleLabelOf(pickle));
    }

    private IEnumerable<PlannedStep> Hooks(HookKind kind, IReadOnlyCollection<string> tags) =>
        bindings.HooksOf(kind).Where(hook => hook.AppliesTo(tags))
            .Select(hook => PlannedStep.ForHook(ids.GetNewId(), hook))
            .ToList();
}
