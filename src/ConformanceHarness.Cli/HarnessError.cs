namespace ConformanceHarness.Cli;

/// <summary>
/// A problem with the command line or its inputs that ends the command with
/// <see cref="ExitCodes.HarnessError"/> and one line on stderr, never a stack trace.
/// </summary>
public sealed class HarnessError(string message, Exception? inner = null) : Exception(message, inner)
{
    public const string Prefix = "harness: error: ";

    public static int Report(TextWriter stderr, string message)
    {
        stderr.WriteLine(Prefix + message);
        return ExitCodes.HarnessError;
    }
}
