using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Reporting.JUnit;

/// <summary>
/// How an outcome appears in JUnit XML: the SUT being wrong is a <c>failure</c>; the harness or the
/// bindings being wrong is an <c>error</c>; not run is <c>skipped</c>. The element's <c>type</c> names the outcome.
/// </summary>
public static class JUnitOutcomes
{
    public const string Failure = "failure";
    public const string Error = "error";
    public const string Skipped = "skipped";

    public static IReadOnlyDictionary<Outcome, string?> Elements { get; } = new Dictionary<Outcome, string?>
    {
        [Outcome.Passed] = null,
        [Outcome.Failed] = Failure,
        [Outcome.Error] = Error,
        [Outcome.Undefined] = Error,
        [Outcome.Ambiguous] = Error,
        [Outcome.Skipped] = Skipped,
        [Outcome.Pending] = Skipped,
    };

    public static int Count(IEnumerable<ScenarioResult> scenarios, string element) =>
        scenarios.Count(scenario => Elements[scenario.Outcome] == element);
}
