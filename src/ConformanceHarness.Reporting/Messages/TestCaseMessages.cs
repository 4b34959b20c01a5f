using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Expressions;
using Io.Cucumber.Messages.Types;
using MessageGroup = Io.Cucumber.Messages.Types.Group;

namespace ConformanceHarness.Reporting.Messages;

/// <summary>
/// A planned test case as a <c>testCase</c> message. Hook steps carry their <c>hookId</c>; pickle steps
/// list every candidate definition (one when matched, all when ambiguous, none when undefined) with
/// one argument list per candidate.
/// </summary>
public static class TestCaseMessages
{
    public static TestCase ToTestCase(TestCasePlan plan, string testRunStartedId) =>
        new(plan.Id, plan.Pickle.Id, plan.Steps.Select(ToTestStep).ToList(), testRunStartedId);

    public static TestStep ToTestStep(PlannedStep step)
    {
        if (step.Hook is not null)
            return new TestStep(step.Hook.Id, step.Id, null, null, null);
        var candidates = step.Match?.Candidates ?? [];
        return new TestStep(null, step.Id, step.PickleStep!.Id,
            candidates.Select(candidate => candidate.Binding.Id).ToList(),
            candidates.Select(ToArgumentsList).ToList());
    }

    private static StepMatchArgumentsList ToArgumentsList(StepCandidate candidate)
    {
        var isCucumberExpression = candidate.Binding.Expression.Kind == StepExpressionKind.CucumberExpression;
        return new StepMatchArgumentsList(candidate.Arguments
            .Select(argument => new StepMatchArgument(ToGroup(argument.Group),
                isCucumberExpression ? argument.ParameterType?.Name : null))
            .ToList());
    }

    /// <summary>A group that did not take part in the match has neither start nor value: <c>{}</c>.</summary>
    public static MessageGroup ToGroup(StepArgumentGroup group) =>
        new(group.Children.Count == 0 ? null : group.Children.Select(ToGroup).ToList(), group.Start, group.Value);
}
