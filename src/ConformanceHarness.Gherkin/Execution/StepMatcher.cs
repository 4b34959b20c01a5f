using ConformanceHarness.Gherkin.Bindings;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Matches a pickle step against every step definition. With keyword matching on (Reqnroll's
/// behaviour) a Given definition answers only to Given steps; a step whose text matches a
/// definition of another keyword is undefined and the message says which definition was found.
/// </summary>
public sealed class StepMatcher(BindingRegistry bindings, bool matchKeywords = true)
{
    public StepMatch Match(PickleStep step)
    {
        var textMatches = bindings.StepDefinitions
            .Select(binding => (binding, arguments: binding.Expression.Match(step.Text)))
            .Where(pair => pair.arguments is not null)
            .Select(pair => new StepCandidate(pair.binding, pair.arguments!))
            .ToList();
        var candidates = textMatches.Where(candidate => KeywordFits(candidate.Binding, step.Type)).ToList();
        return candidates.Count switch
        {
            1 => new StepMatch(StepMatchKind.Matched, candidates, null),
            0 when textMatches.Count > 0 => new StepMatch(StepMatchKind.Undefined, [],
                BindingErrors.KeywordMismatch(step, textMatches)),
            0 => new StepMatch(StepMatchKind.Undefined, [], BindingErrors.Undefined(step)),
            _ => new StepMatch(StepMatchKind.Ambiguous, candidates, BindingErrors.Ambiguous(step, candidates)),
        };
    }

    private bool KeywordFits(StepDefinitionBinding binding, PickleStepType? type)
    {
        if (!matchKeywords || binding.Keyword == StepKeyword.Any) return true;
        return type switch
        {
            PickleStepType.CONTEXT => binding.Keyword == StepKeyword.Given,
            PickleStepType.ACTION => binding.Keyword == StepKeyword.When,
            PickleStepType.OUTCOME => binding.Keyword == StepKeyword.Then,
            _ => true,
        };
    }
}
