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
        stderr.WriteLine(Prefix + OneLine(message));
        return ExitCodes.HarnessError;
    }

    /// <summary>Parser messages may list choices on several lines; a harness error is always one line.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
