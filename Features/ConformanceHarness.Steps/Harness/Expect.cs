using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Steps.Harness;

/// <summary>Assertions that fail a step as a conformance failure with "expected …, but received …".</summary>
public static class Expect
{
    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            throw new ConformanceFailureException($"expected {what} {expected}, but received {actual}");
    }
}
