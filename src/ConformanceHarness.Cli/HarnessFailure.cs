namespace ConformanceHarness.Cli;

/// <summary>
/// What the system under test did wrong, as one <c>harness: failed:</c> line on stderr and
/// <see cref="ExitCodes.ConformanceFailures"/>: a DICOM peer said no or misbehaved, an evidence log is broken. Problems
/// on this side (bad input, unreadable files) are a <see cref="HarnessError"/> instead.
/// </summary>
public static class HarnessFailure
{
    public const string Prefix = "harness: failed: ";

    public static int Report(TextWriter stderr, string message)
    {
        stderr.WriteLine(Prefix + message.ReplaceLineEndings(" "));
        stderr.Flush();
        return ExitCodes.ConformanceFailures;
    }
}
