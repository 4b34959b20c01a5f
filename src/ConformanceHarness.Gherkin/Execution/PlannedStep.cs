using ConformanceHarness.Gherkin.Bindings;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// One step of a test case: either a scenario hook or a pickle step with its match.
/// Exactly one of <see cref="Hook"/> and <see cref="PickleStep"/> is set.
/// </summary>
public sealed class PlannedStep
{
    private PlannedStep(string id, HookBinding? hook, PickleStep? pickleStep, StepMatch? match)
    {
        Id = id;
        Hook = hook;
        PickleStep = pickleStep;
        Match = match;
    }

    public string Id { get; }

    public HookBinding? Hook { get; }

    public PickleStep? PickleStep { get; }

    public StepMatch? Match { get; }

    /// <summary>The keyword as written in the feature ("Given ", "And "), filled for pickle steps.</summary>
    public string Keyword { get; init; } = "";

    public bool IsHook => Hook is not null;

    public string Text => PickleStep?.Text ?? Hook?.Name ?? Hook?.Method.Name ?? "";

    public static PlannedStep ForHook(string id, HookBinding hook) => new(id, hook, null, null);

    public static PlannedStep ForStep(string id, PickleStep step, StepMatch match, string keyword) =>
        new(id, null, step, match) { Keyword = keyword };
}
