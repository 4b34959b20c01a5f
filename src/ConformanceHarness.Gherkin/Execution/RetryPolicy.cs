namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// When a finished attempt is tried again. As in the Cucumber Compatibility Kit (retry, retry-ambiguous,
/// retry-pending, retry-undefined), only an attempt that Failed (or, here, Error-ed: the same FAILED
/// status in Cucumber Messages) is retried; Undefined, Ambiguous, Pending and Skipped would come out the
/// same however often they ran. A scenario stopped by a failed BeforeFeature hook, or a cancelled run,
/// is not retried either.
/// </summary>
internal static class RetryPolicy
{
    /// <param name="attempt">The attempt that just finished, from 0.</param>
    /// <param name="retries">Extra attempts allowed (<see cref="RunOptions.Retry"/>).</param>
    public static bool WillRetry(Outcome outcome, int attempt, int retries) =>
        outcome is Outcome.Failed or Outcome.Error && attempt < retries;
}
