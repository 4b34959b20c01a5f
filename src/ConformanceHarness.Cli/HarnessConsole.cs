using Spectre.Console;

namespace ConformanceHarness.Cli;

/// <summary>
/// A Spectre.Console console over the writer the command was given. Only the real, unredirected
/// standard output is treated as an interactive terminal (colours, live display); any other writer
/// (a file, a pipe, a test's StringWriter) gets plain text.
/// </summary>
public static class HarnessConsole
{
    public static IAnsiConsole Create(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }
}
