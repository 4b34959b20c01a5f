using System.Text;
using ConformanceHarness.Gherkin.Bindings;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>Every message about a step that could not be bound, built in one place.</summary>
public static class BindingErrors
{
    public static string Undefined(PickleStep step) =>
        $"No step definition matches \"{step.Text}\". Paste a snippet like the one reported below into a [Binding] class.";

    public static string KeywordMismatch(PickleStep step, IReadOnlyList<StepCandidate> others)
    {
        var found = string.Join("; ", others.Select(candidate => candidate.Binding.ToString()));
        return $"No {KeywordName(step.Type)} step definition matches \"{step.Text}\"; " +
               $"found only for another keyword: {found}. Use [StepDefinition] to answer to every keyword.";
    }

    public static string Ambiguous(PickleStep step, IReadOnlyList<StepCandidate> candidates)
    {
        var text = new StringBuilder($"Ambiguous step \"{step.Text}\" matches {candidates.Count} step definitions:");
        foreach (var candidate in candidates)
            text.Append("\n  ").Append(candidate.Binding);
        return text.ToString();
    }

    public static string ArgumentCount(StepDefinitionBinding binding, int expected, int captured) =>
        $"{binding.MethodDisplayName} takes {expected} step argument(s) but \"{binding.Expression.Source}\" captured {captured}";

    public static string MissingStepArgument(StepDefinitionBinding binding, string kind) =>
        $"{binding.MethodDisplayName} expects a {kind} argument but the step has none";

    public static string MissingParameterForStepArgument(StepDefinitionBinding binding, PickleStepArgument argument) =>
        $"{binding.MethodDisplayName} has no parameter for the step's {(argument.DataTable is not null ? "DataTable" : "DocString")} argument";

    public static string KeywordName(PickleStepType? type) => type switch
    {
        PickleStepType.CONTEXT => "Given",
        PickleStepType.ACTION => "When",
        PickleStepType.OUTCOME => "Then",
        _ => "Given",
    };
}
