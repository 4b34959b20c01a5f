using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Reporting.JUnit;

/// <summary>A parse, binding or hook problem of the run, reported as an error of the "harness" suite.</summary>
public sealed record HarnessProblem(string Kind, string Name, string Message)
{
    public static IReadOnlyList<HarnessProblem> From(RunResult result) =>
    [
        .. result.ParseErrors.Select(e => new HarnessProblem("ParseError", $"{e.Uri}:{e.Line}:{e.Column}", e.Message)),
        .. result.BindingErrors.Select(e => new HarnessProblem("BindingError", e.Method is null ? "bindings" : Gherkin.Bindings.BindingMethodNames.Describe(e.Method), e.Message)),
        .. result.HookFailures.Select(f => new HarnessProblem("HookFailure", f.Hook.ToString() + (f.FeatureUri is null ? "" : $" for {f.FeatureUri}"),
            $"{f.Result.Outcome}: {f.Result.Message}")),
    ];
}
