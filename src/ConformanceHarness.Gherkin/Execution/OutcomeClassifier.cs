namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Maps an exception thrown by a step or hook to an outcome: pending and skip signals first, then
/// assertion failures of the common assertion libraries (Failed: the SUT is wrong), and anything
/// else is an Error (the harness code is wrong).
/// </summary>
public static class OutcomeClassifier
{
    private static readonly string[] AssertionNamespaces =
        ["Xunit.Sdk", "NUnit.Framework", "Shouldly", "FluentAssertions", "Microsoft.VisualStudio.TestTools.UnitTesting"];

    public static Outcome Classify(Exception exception) => exception switch
    {
        PendingStepException => Outcome.Pending,
        SkipException => Outcome.Skipped,
        ConformanceFailureException => Outcome.Failed,
        StepTimeoutException => Outcome.Failed,
        _ when IsForeignSkip(exception) => Outcome.Skipped,
        _ when IsAssertion(exception) => Outcome.Failed,
        _ => Outcome.Error,
    };

    private static bool IsForeignSkip(Exception exception) =>
        exception.GetType().Name == "SkipException" || exception.Message.StartsWith("$XunitDynamicSkip$", StringComparison.Ordinal);

    private static bool IsAssertion(Exception exception)
    {
        var type = exception.GetType();
        var ns = type.Namespace ?? "";
        return AssertionNamespaces.Any(prefix => ns.StartsWith(prefix, StringComparison.Ordinal))
               || type.Name.EndsWith("AssertionException", StringComparison.Ordinal)
               || type.Name == "AssertFailedException";
    }

    /// <summary>The message shown for a non-passing result: xunit's skip marker stripped.</summary>
    public static string Describe(Exception exception) =>
        exception.Message.Replace("$XunitDynamicSkip$", "", StringComparison.Ordinal);
}
