using ConformanceHarness.Gherkin.Events;
using Spectre.Console;

namespace ConformanceHarness.Cli.Commands.Run.Progress;

/// <summary>Chooses the progress view for a run: live on a terminal, lines otherwise, none with --no-progress.</summary>
public static class ProgressDisplay
{
    public static Task<T> RunAsync<T>(IAnsiConsole console, TextWriter output, RunEventBus bus, bool noProgress,
        Func<Task<T>> work)
    {
        if (noProgress) return work();
        if (console.Profile.Capabilities.Interactive)
        {
            var live = new LiveProgress();
            bus.Subscribe(live);
            return live.ShowWhileAsync(console, work);
        }
        bus.Subscribe(new LineProgress(output));
        return work();
    }
}
