using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Expressions;
using ConformanceHarness.Reporting.Messages;
using Io.Cucumber.Messages.Types;
using HarnessParameterType = ConformanceHarness.Gherkin.Expressions.ParameterType;

namespace ConformanceHarness.Reporting.Tests.Messages;

public sealed class TestCaseMessagesTests
{
    private static readonly HarnessParameterType Flight =
        new("flight", ["([A-Z]{3})-([A-Z]{3})"], typeof(string), groups => groups[0]);

    [Fact]
    public void ToTestStep_CucumberExpressionArgument_NamesItsParameterTypeAndNestsGroups()
    {
        var registry = new ParameterTypeRegistry();
        registry.Define(Flight);
        var expression = new CucumberExpression("{flight} has been delayed", registry);
        var step = StepWith(expression, expression.Match("LHR-CDG has been delayed")!.Single());

        var argument = TestCaseMessages.ToTestStep(step).StepMatchArgumentsLists.Single().StepMatchArguments.Single();

        Assert.Equal("flight", argument.ParameterTypeName);
        Assert.Equal(["LHR", "CDG"], argument.Group.Children.Select(child => child.Value));
        Assert.Equal(4, argument.Group.Children[1].Start);
    }

    [Fact]
    public void ToTestStep_RegularExpressionArgument_HasNoParameterTypeName()
    {
        var step = StepWith(new RegularExpression("^(.*) has been delayed$", new ParameterTypeRegistry()),
            new StepArgument(new StepArgumentGroup(0, "LHR-CDG", []), Flight));

        var argument = TestCaseMessages.ToTestStep(step).StepMatchArgumentsLists.Single().StepMatchArguments.Single();

        Assert.Null(argument.ParameterTypeName);
        Assert.Null(argument.Group.Children);
    }

    private static PlannedStep StepWith(StepExpression expression, StepArgument argument)
    {
        var binding = new StepDefinitionBinding("1", StepKeyword.Given, expression, typeof(TestCaseMessagesTests).GetMethod(nameof(StepWith),
            System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!);
        var pickleStep = new PickleStep(null, ["2"], "3", PickleStepType.CONTEXT, "LHR-CDG has been delayed");
        var match = new StepMatch(StepMatchKind.Matched, [new StepCandidate(binding, [argument])], null);
        return PlannedStep.ForStep("4", pickleStep, match, "Given ");
    }
}
