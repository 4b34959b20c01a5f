namespace ConformanceHarness.Cli.Tests;

/// <summary>Feature texts the CLI tests run; steps are bound by <see cref="TestBindings.CliTestSteps"/>.</summary>
public static class SampleFeatures
{
    public const string Passing = """
        @fhir
        Feature: Passing
          Scenario: the server is up
            Given a passing step
            Then the server answers 200
        """;

    public const string Failing = """
        Feature: Failing
          Scenario: the server errs
            Given a passing step
            Then the server answers 500
        """;

    public const string WithExpectedFailure = """
        Feature: Demonstration
          Scenario: works
            Given a passing step

          @expected-failure
          Scenario: fails on purpose
            Then the server answers 404
        """;

    public const string Undefined = """
        Feature: Undefined
          Scenario: nobody wrote this step
            Given the modality sends 3 CT instances
        """;

    public const string Outline = """
        @dicom
        Feature: Outline
          Scenario: plain
            Given a passing step

          @slow
          Scenario Outline: status <code>
            Then the server answers <code>

            Examples: good
              | code |
              | 200  |

            @wip
            Examples: bad
              | code |
              | 500  |
        """;

    public const string Flaky = """
        Feature: Flaky
          Scenario: passes the second time
            Given a step that passes on attempt 2
        """;

    public const string Ordered = """
        Feature: Ordered
          Scenario: first
            Given a passing step
          Scenario: second
            Given a passing step
          Scenario: third
            Given a passing step
        """;
}
