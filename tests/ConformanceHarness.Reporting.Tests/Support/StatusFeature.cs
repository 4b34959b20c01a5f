namespace ConformanceHarness.Reporting.Tests.Support;

/// <summary>A feature with one scenario per outcome, run against <see cref="StatusSteps"/>.</summary>
internal static class StatusFeature
{
    public const string Text = """
        Feature: Statuses

          Scenario: passes
            Given there are 42 cukes
            When a passing step
            Then a passing step

          Scenario: fails
            Given a passing step
            Then a failing step
            And a passing step

          Scenario: errors
            Then a broken step

          Scenario: undefined
            Given a step nobody wrote
            Then a passing step

          Scenario: ambiguous
            Given an ambiguous step

          Scenario: pending
            Then a pending step

          Scenario: skipped
            Then a skipping step

          Scenario: optional group
            Given a regex with 5

          @tagged
          Scenario: attaches
            When the text "hello" is attached
            And some bytes are attached
            And a message is logged
        """;

    public const int ScenarioCount = 9;

    public static TheoryData<string, string[]> ExpectedStatuses => new()
    {
        { "passes", ["PASSED", "PASSED", "PASSED"] },
        { "fails", ["PASSED", "FAILED", "SKIPPED"] },
        { "errors", ["FAILED"] },
        { "undefined", ["UNDEFINED", "SKIPPED"] },
        { "ambiguous", ["AMBIGUOUS"] },
        { "pending", ["PENDING"] },
        { "skipped", ["SKIPPED"] },
        { "optional group", ["PASSED"] },
        { "attaches", ["PASSED", "PASSED", "PASSED"] },
    };
}
